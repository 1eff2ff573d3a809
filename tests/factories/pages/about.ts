/** Demo pages of the About, Downloads and Documentation sections, in our own words. */
import type { PageSeed } from "./types";

export const ABOUT_PAGES: PageSeed[] = [
  {
    path: "about/apps",
    title: "Applications for Python",
    keywords: "python, applications, web, science, education, automation",
    description: "The kinds of software people build with Python, with pointers to the tools they use.",
    markup: "restructuredtext",
    body: `Python is a general-purpose language, so the honest answer to "what is it used for?" is "almost anything". The sections below describe the areas where it shows up most often, and name a few of the projects that people reach for first. Every project named here is free software you can install from the \`Python Package Index <https://pypi.org/>\`_.

Web and internet development
----------------------------

Frameworks such as \`Django <https://www.djangoproject.com/>\`_ and \`Flask <https://flask.palletsprojects.com/>\`_ cover everything from a single-page prototype to sites with millions of users. The standard library already speaks HTTP, email, JSON and many other protocols, so small services often need no extra dependencies at all.

Science, data and machine learning
----------------------------------

* \`NumPy <https://numpy.org/>\`_ provides fast arrays and is the base layer of the scientific stack.
* \`pandas <https://pandas.pydata.org/>\`_ handles tables of data, from a spreadsheet export to a data warehouse extract.
* \`Jupyter <https://jupyter.org/>\`_ notebooks mix code, results and prose, which makes analysis easy to share and repeat.

Education
---------

Python's readable syntax makes it a common first language in schools and universities. Teachers like that a student can write a useful program in the first lesson, and that the same language is still useful in a professional career.

Automation and operations
-------------------------

System administrators and testers use Python to glue tools together: deployment scripts, test suites, build pipelines and configuration management are all common territory.

Desktop and embedded software
-----------------------------

Toolkits such as Tkinter (shipped with Python), Qt bindings and wxPython build desktop applications, while \`MicroPython <https://micropython.org/>\`_ runs on microcontrollers with a few hundred kilobytes of memory.

Looking for something that is not listed? Try the \`site search </search/?q=applications>\`_ or ask on the \`forums </community/forums/>\`_.`,
  },
  {
    path: "about/quotes",
    title: "What people say about Python",
    keywords: "python, quotes, testimonials, users",
    description: "Short notes from people who use Python at work, in research and in teaching.",
    markup: "html",
    body: `<p>We regularly ask people who use Python what made them pick it and what keeps them using it. The replies below are a small, rotating selection from those conversations. They come from individuals speaking for themselves, not on behalf of their employers, and we print only the role they asked us to show.</p>
<h2>In industry</h2>
<blockquote><p>"Our first Python script replaced a weekly manual report. Five years later, most of our internal tools are written in it, and new hires are productive in days rather than weeks."</p><p>— Engineering lead at a logistics company</p></blockquote>
<blockquote><p>"We prototype in Python and, more often than we expected, the prototype becomes the product. The standard library and the packages on PyPI mean we rarely start from nothing."</p><p>— Founder of a small software consultancy</p></blockquote>
<h2>In research</h2>
<blockquote><p>"Reproducibility matters to us. A notebook with the code, the data and the plots in one place lets a reviewer rerun the whole analysis."</p><p>— Researcher in computational biology</p></blockquote>
<blockquote><p>"The same language drives the telescope scheduler, the data reduction pipeline and the graphs in the paper. That removes a lot of friction."</p><p>— Maintainer of an open-source astronomy package</p></blockquote>
<h2>In the classroom</h2>
<blockquote><p>"Students spend their time on ideas, not on punctuation. When they move on to other languages, the habits they learned here go with them."</p><p>— Secondary school computing teacher</p></blockquote>
<h2>Share your story</h2>
<p>If Python has made a difference to your work, we would like to hear about it. Write a short note about what you built and why Python was the right tool, and post it in the <a href="/community/forums/">community forums</a>. Longer write-ups can become success stories; see <a href="https://www.python.org/success-stories/">the success stories section</a> for examples. For more on who uses Python and for what, read <a href="/about/apps/">Applications for Python</a>.</p>`,
  },
  {
    path: "about/gettingstarted",
    title: "Python for beginners",
    keywords: "python, beginners, install, tutorial, learn",
    description: "A short path from installing Python to writing your first useful program.",
    markup: "markdown",
    body: `Welcome! Whether you have never programmed before or already know another language, Python is a comfortable place to start. This page lays out a simple route and points to the resources that help most along the way.

## Install Python

Most Linux distributions and recent versions of macOS come with a Python 3 interpreter, though it may not be the newest release. To get the latest version, visit the [downloads page](/downloads/), or go straight to the installers for [Windows](/downloads/windows/) or [macOS](/downloads/macos/). After installing, open a terminal and run:

\`\`\`
python3 --version
\`\`\`

On Windows the command is usually \`py\`. If the version prints, you are ready.

## Learn the language

- **New to programming?** The [Beginners Guide on the wiki](https://wiki.python.org/moin/BeginnersGuide) collects tutorials written for people who have never coded before.
- **Already program in another language?** The [official tutorial](https://docs.python.org/3/tutorial/) moves quickly through the syntax, the data types and the standard library.
- **Prefer to watch?** Recorded conference talks are listed on the [audio/visual talks page](/doc/av/).

## Install packages

Python's standard library covers a lot, but sooner or later you will want a third-party package. The [Python Packaging User Guide](https://packaging.python.org/) explains how to create a virtual environment and install packages from [PyPI](https://pypi.org/) with \`pip\`.

## Ask for help

Everyone gets stuck. When you do, the [help page](/about/help/) lists where to ask, and the [community section](/community/) shows where Python users meet, online and in person. Please be patient with yourself: the first program is the hardest one.`,
  },
  {
    path: "about/help",
    title: "Getting help with Python",
    keywords: "python, help, support, questions, faq",
    description: "Where to look, and whom to ask, when you are stuck with Python or with this website.",
    markup: "markdown",
    body: `There are many places to get help with Python, and most of them are run by volunteers. A little preparation before you ask makes it much more likely that someone can answer quickly.

## Read first

1. **The documentation.** The [documentation index](/doc/) links to the tutorial, the library reference and the language reference for every supported version.
2. **The FAQs.** The [Python FAQ](https://docs.python.org/3/faq/) answers the questions people ask most about the language, the library and the Windows installers.
3. **Search.** Many questions have been answered before. Try the [site search](/search/?q=help) or a general web search with the exact error message.

## Ask the community

- The **Python Help** category of the [discussion forum](https://discuss.python.org/c/help/7) is the main place for questions of all levels.
- The [tutor mailing list](https://mail.python.org/mailman/listinfo/tutor) is aimed at people learning to program.
- Real-time chat happens on [IRC and other chat services](/community/irc/).

When you post, include the Python version, your operating system, the smallest piece of code that shows the problem and the complete error message. Describe what you expected to happen and what happened instead.

## Problems with Python itself

If you think you have found a bug in Python, search the [CPython issue tracker](https://github.com/python/cpython/issues) first, then open a new issue if nobody has reported it. Security problems are different: please follow the steps on the [security page](/news/security/) and do not report them in public.

## Problems with this website

Broken links, layout problems and wrong information on python.org can be reported on the [website's issue tracker](https://github.com/python/pythondotorg/issues). For anything else about the site, write to webmaster@python.org. The address is watched by volunteers, so it may take a few days to get a reply, and it cannot help with programming questions.`,
  },
  {
    path: "download/other",
    title: "Python for other platforms",
    keywords: "python, platforms, aix, ibm i, z/os, solaris, bsd, vms",
    description:
      "Where to find Python for operating systems that the core team does not build installers for.",
    markup: "markdown",
    body: `The Python core team publishes [source releases](/downloads/source/) and installers for [Windows](/downloads/windows/) and [macOS](/downloads/macos/). Python runs on many more systems than that, thanks to people and companies who build and package it for their platform. This page points to the best known of them.

Builds listed here are **not** produced or checked by the Python Software Foundation. They may lag behind the latest release, carry their own patches or come with a different support policy. If something goes wrong with one of them, contact the people who made it first.

## Unix and Unix-like systems

- **Linux distributions** package Python and often depend on it for their own tools. Install it with your distribution's package manager, and prefer a virtual environment for your own packages so that you do not disturb the system copy.
- **FreeBSD, NetBSD and OpenBSD** offer several Python versions through their ports and package collections.
- **Solaris and illumos** users can find packages in the distribution's repositories or build from source.
- **AIX** has builds from IBM and from community packagers.

## Mainframes and midrange systems

- **IBM i** gets Python through IBM's open-source package repository.
- **z/OS** is served by IBM's own supported distribution of Python.
- **OpenVMS** has a port maintained by the platform's vendor.

## Mobile and embedded

Recent Python versions can be built for Android and iOS, and frameworks such as BeeWare and Kivy package Python apps for phones. For microcontrollers, look at the lightweight implementations on the [alternative implementations page](/download/alternatives/).

## Not listed?

Python's source code is portable C. If your platform has a reasonably modern C compiler, the instructions in the source release and the [Developer's Guide](https://devguide.python.org/) will often get you a working build. Please share what you learn on the [forums](/community/forums/).`,
  },
  {
    path: "download/alternatives",
    title: "Alternative Python implementations",
    keywords: "python, implementations, pypy, micropython, graalpy, jython, ironpython, distributions",
    description:
      "Other interpreters for the Python language, and distributions that bundle Python with extra packages.",
    markup: "restructuredtext",
    body: `The interpreter you download from the \`downloads page </downloads/>\`_ is CPython, the reference implementation written in C. It is not the only one: several projects implement the same language on a different foundation, and others repackage CPython together with extra libraries. The lists below are a starting point, not an endorsement; check each project's documentation for the Python version it supports.

Implementations
---------------

* \`PyPy <https://pypy.org/>\`_ uses a just-in-time compiler and is often much faster than CPython for long-running pure-Python code.
* \`MicroPython <https://micropython.org/>\`_ is a compact implementation for microcontrollers and other constrained devices. \`CircuitPython <https://circuitpython.org/>\`_ is a beginner-friendly fork of it.
* \`GraalPy <https://www.graalvm.org/python/>\`_ runs on the GraalVM and can call Java libraries directly.
* \`Jython <https://www.jython.org/>\`_ compiles Python to Java bytecode and runs on the Java virtual machine.
* \`IronPython <https://ironpython.net/>\`_ runs on .NET and can use its libraries.
* \`Pyodide <https://pyodide.org/>\`_ is CPython compiled to WebAssembly, so Python code can run in a web browser.

Some of these projects follow the newest Python releases closely, while others implement an older version of the language. Code that depends on C extension modules may need extra work, or may not run at all, on an implementation that is not CPython.

Redistributions
---------------

These projects ship CPython together with a curated set of packages, installers or support contracts:

* \`Anaconda <https://www.anaconda.com/>\`_ and the community-run \`conda-forge <https://conda-forge.org/>\`_ focus on scientific and data work.
* \`ActiveState <https://www.activestate.com/>\`_ offers builds with commercial support.
* \`WinPython <https://winpython.github.io/>\`_ is a portable distribution for Windows that needs no installation.

If you maintain an implementation or a distribution that should be listed here, tell us on the \`community forums </community/forums/>\`_. For builds of CPython for less common operating systems, see \`other platforms </download/other/>\`_.`,
  },
  {
    path: "doc/av",
    title: "Audio/visual talks",
    keywords: "python, talks, video, podcasts, conferences",
    description: "Recorded conference talks, tutorials and podcasts about Python.",
    markup: "markdown",
    body: `Python conferences record most of their talks and publish them for free, which makes for an enormous library of explanations, case studies and live coding. This page points to the main collections.

## Conference recordings

- [PyVideo.org](https://pyvideo.org/) indexes thousands of talks from Python events around the world, searchable by speaker, event and topic.
- The [PyCon US channel on YouTube](https://www.youtube.com/c/PyConUS) hosts the talks, tutorials and keynotes of the largest yearly Python conference.
- Regional events such as EuroPython, PyCon APAC and PyCon Africa publish their own recordings; the [conferences page](/community/workshops/) links to them.

## Where to start

If you are unsure what to watch, these kinds of talk hold up well over time:

1. **Keynotes** give a broad view of where the language and the community are heading.
2. **Tutorials** are long, hands-on sessions, often two or three hours, that teach a topic from the ground up.
3. **"How it works" talks** open up a part of the interpreter or the standard library, such as the import system, the garbage collector or asyncio.
4. **Lightning talks** are five-minute sessions, a quick way to discover new projects and people.

## Podcasts

Several long-running shows cover Python news, interviews with maintainers and practical advice. Popular ones include *Talk Python To Me*, *Python Bytes* and *The Real Python Podcast*. Most are available in every podcast app.

## Contribute

If you organise an event, please record it and add your talks to PyVideo, which accepts contributions on GitHub. Captions make recordings far more useful for everyone, not only for people who are deaf or hard of hearing. For written material, see the [Python essays](/doc/essays/) and the [documentation](/doc/).`,
  },
  {
    path: "doc/essays",
    title: "Python essays",
    keywords: "python, essays, history, design, philosophy, zen",
    description: "Longer pieces about Python's design, history and philosophy.",
    markup: "restructuredtext",
    body: `The reference documentation tells you *what* Python does. The essays collected here are more about *why*: the reasoning behind design decisions, the history of the language and the ideas that shaped its community. Many were written by Python's creator, Guido van Rossum; others come from core developers and long-time community members.

Design and philosophy
---------------------

* \`PEP 20, The Zen of Python <https://peps.python.org/pep-0020/>\`_ lists the guiding aphorisms of the language. Type \`\`import this\`\` in an interactive session to read them.
* \`PEP 8 <https://peps.python.org/pep-0008/>\`_, the style guide for Python code, explains why readability counts and how consistent style supports it.
* \`The History of Python blog <https://python-history.blogspot.com/>\`_ is a series of posts by Guido van Rossum on how the language came to be, including early design choices such as indentation and the object model.

Language evolution
------------------

Python changes through Python Enhancement Proposals. A PEP states a problem, proposes a solution and records the discussion and the decision. Reading a few accepted and rejected PEPs is one of the best ways to understand the trade-offs behind the language. The \`PEP index <https://peps.python.org/>\`_ lists all of them, and the "What's New" documents in the \`documentation </doc/>\`_ summarise each release.

Education
---------

In 1999 Guido van Rossum proposed "Computer Programming for Everybody", a project to make programming accessible to a much wider audience with Python as the teaching language. Its ideas still echo in the many courses that use Python today; see \`Python for beginners </about/gettingstarted/>\`_ for today's starting points.

Suggest an essay
----------------

Know a thoughtful piece that belongs here? Suggest it on the \`forums </community/forums/>\`_. We look for writing that is accurate, still relevant and freely available online.`,
  },
];

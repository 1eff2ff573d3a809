/** Demo pages of the Community section (meeting places and conversations), in our own words. */
import type { PageSeed } from "./types";

export const COMMUNITY_PAGES: PageSeed[] = [
  {
    path: "community",
    title: "Our community",
    keywords: "python, community, user groups, conferences, forums",
    description: "Where Python users meet, talk and help each other, online and in person.",
    markup: "markdown",
    body: `Python is built by a worldwide community of volunteers, companies and foundations, and it is used by millions of people who help each other every day. Everyone is welcome, whether you wrote your first line of code this morning or have maintained a library for twenty years.

## Talk with other Pythonistas

- [Discussion forums](/community/forums/): the main place for questions, ideas and announcements.
- [Mailing lists](/community/lists/): long-standing lists for announcements, help and special topics.
- [IRC and chat](/community/irc/): real-time conversation with other users.
- [Special interest groups](/community/sigs/): smaller groups working on one area, such as databases or education.

## Meet in person

Local user groups meet in hundreds of cities, often monthly, for talks, workshops and a drink afterwards. Larger gatherings happen at [Python conferences](/community/workshops/) all over the world. Many of them offer financial aid, and the PSF supports community events through its [grants program](/psf/grants/).

## Take part

There are many ways to give back, and code is only one of them:

1. Answer a question on the forums.
2. Improve the documentation or translate it.
3. Help organise a meetup or a conference.
4. Contribute to CPython; the [Core Mentorship program](/dev/core-mentorship/) helps newcomers get started.
5. Join the Python Software Foundation as a [member](/psf/membership/).

## How we behave

The Python community values respect and consideration. All PSF-run spaces follow the [Code of Conduct](/psf/codeofconduct/), and we work to make the community welcoming to people of every background; read more on our [diversity page](/community/diversity/).`,
  },
  {
    path: "community/survey",
    title: "Python Developers Survey",
    keywords: "python, survey, developers, statistics, jetbrains",
    description: "The yearly survey that asks Python users how they work, and what the answers are used for.",
    markup: "markdown",
    body: `Every year the Python Software Foundation runs the **Python Developers Survey** together with JetBrains. It asks people who use Python about the versions they run, the tools they prefer, the kinds of projects they work on and how they learned the language. The results give the community a picture of itself that no download counter can provide.

## Why it matters

- **Core developers** see which Python versions are still in wide use, which helps plan support and deprecations.
- **Library maintainers** learn which platforms, editors and packaging tools their users rely on.
- **Educators and event organisers** see how people learn and where newcomers come from.
- **The PSF** uses the answers to decide where its grants, infrastructure and staff time will help most.

## How the survey works

The survey usually opens in the autumn and stays open for several weeks. It is anonymous, takes about fifteen minutes, and is available in several languages. Anyone who uses Python may answer, whatever their level of experience or reason for using the language. Announcements go out on the [PSF blog](https://pyfound.blogspot.com/), the [forums](/community/forums/) and the python-announce [mailing list](/community/lists/).

## Results

Once the survey closes, the answers are analysed and the results are published as an interactive report, together with the anonymised raw data so that anyone can run their own analysis. Past reports show clear trends over the years, such as the move from Python 2 to Python 3 and the growth of data science and machine learning as reasons people use Python.

## Help spread the word

The survey is most useful when it reaches people beyond the usual circles. If you run a user group, teach a class or maintain a project, please share the link when the next survey opens. Questions about the survey can be sent to psf@python.org.`,
  },
  {
    path: "community/diversity",
    title: "Diversity and inclusion",
    keywords: "python, diversity, inclusion, community, outreach",
    description:
      "Why the Python community works to welcome people of every background, and how you can help.",
    markup: "markdown",
    body: `The Python Software Foundation and the Python community welcome and encourage participation by everyone. Our community is richer for the range of people in it, and the language is better when it is shaped by people with different needs, experiences and ideas.

## What we mean

We want the Python community to be a place where people of every gender, age, ethnicity, nationality, disability, religion, sexual orientation and level of experience can take part and feel that they belong. Welcoming people is not a one-off statement; it shows in how we run events, review code, answer questions and choose who speaks and who leads.

## What the community does

- **A shared Code of Conduct.** Spaces run by the PSF follow the [Code of Conduct](/psf/codeofconduct/), and many conferences and user groups have adopted it or written their own.
- **Grants.** The [PSF grants program](/psf/grants/) funds workshops and events that reach groups under-represented in tech, and regional events in parts of the world with fewer resources.
- **Financial aid.** Most large [conferences](/community/workshops/) offer travel grants and reduced tickets.
- **Mentoring.** Groups such as PyLadies run workshops and mentoring, and the [Core Mentorship program](/dev/core-mentorship/) supports new contributors to CPython.
- **Translation.** Volunteers translate the documentation into many languages, so that English is not a barrier to learning Python.

## What you can do

1. Invite someone new to your next meetup, and introduce them around.
2. Review your project's contribution guide: is it clear to someone who has never contributed before?
3. When you organise an event, think about accessibility, childcare, dietary needs and the cost of attending.
4. Speak up when you see behaviour that makes people feel unwelcome, or report it to the organisers.

If you have ideas about how the PSF could do better, write to psf@python.org or start a conversation on the [forums](/community/forums/).`,
  },
  {
    path: "community/lists",
    title: "Python mailing lists",
    keywords: "python, mailing lists, mailman, announce, tutor",
    description: "The main mailing lists about Python, and what each one is for.",
    markup: "restructuredtext",
    body: `Mailing lists have been part of Python since its early days. Many conversations have since moved to the \`discussion forums </community/forums/>\`_, but several lists remain active and are the best way to receive announcements by email. All lists are hosted at \`mail.python.org <https://mail.python.org/>\`_, where you can subscribe and browse the archives.

General lists
-------------

* \`python-list <https://mail.python.org/mailman/listinfo/python-list>\`_ is the general discussion list about the language. It is also mirrored to the comp.lang.python newsgroup.
* \`python-announce-list <https://mail.python.org/mailman/listinfo/python-announce-list>\`_ carries announcements of new releases of Python, of packages and of events. It is moderated and low in traffic.
* \`tutor <https://mail.python.org/mailman/listinfo/tutor>\`_ is a friendly list for people learning to program with Python. No question is too basic there.

Development and security
------------------------

* Core development discussion now happens on the Core Development category of \`discuss.python.org <https://discuss.python.org/>\`_; the historical python-dev archives remain available.
* \`core-mentorship <https://mail.python.org/mailman3/lists/core-mentorship.python.org/>\`_ is for people who want to learn how to contribute to CPython; see the \`Core Mentorship page </dev/core-mentorship/>\`_.
* security-announce carries notices about security fixes; the \`security page </news/security/>\`_ explains how to report a problem.

Special interest groups
-----------------------

Each \`special interest group </community/sigs/>\`_ has its own list, on topics such as databases, the web and education.

Etiquette
---------

* Write a clear subject line and quote only what you reply to.
* Send plain text rather than HTML.
* Stay on topic for the list, and remember that the archives are public and permanent.
* All lists hosted by the PSF follow the \`Code of Conduct </psf/codeofconduct/>\`_.`,
  },
  {
    path: "community/irc",
    title: "Python on IRC and chat",
    keywords: "python, irc, libera, chat, discord",
    description: "Real-time chat channels where Python users help each other.",
    markup: "markdown",
    body: `Sometimes a quick conversation is more useful than a long post. Several chat networks host active Python communities where you can ask a question and, with a little luck, get an answer within minutes.

## IRC on Libera.Chat

The oldest Python chat channels live on [Libera.Chat](https://libera.chat/), a free IRC network for open-source communities.

- **#python** is the main help channel for the language. It is busy and friendly, but expects you to have tried something first.
- **#python-offtopic** is for the conversations that do not fit anywhere else.
- Many projects, such as web frameworks and scientific libraries, have channels of their own, and there are channels in many languages other than English.

You can connect with any IRC client or with the web client on the Libera.Chat site. Registering your nickname is required to speak in some channels; the network's documentation explains how.

## Other chat communities

Many Python communities now meet on other platforms, such as Discord servers run by volunteers, the chat rooms of individual projects and the Slack workspaces of local user groups. Conference organisers often open a chat space for the duration of their event.

## Getting good answers

1. Ask your question directly instead of asking whether anyone is there.
2. Share code through a paste service rather than pasting many lines into the channel.
3. Include the complete error message and your Python version.
4. Be patient: everyone answering is a volunteer, possibly in another time zone.

For longer questions, the [discussion forums](/community/forums/) are often a better fit, and answers there stay searchable for the next person. Please remember that channels run by the Python community follow the [Code of Conduct](/psf/codeofconduct/). More places to ask are listed on the [help page](/about/help/).`,
  },
  {
    path: "community/forums",
    title: "Python discussion forums",
    keywords: "python, forums, discourse, discuss.python.org, questions",
    description: "discuss.python.org and other forums where Python users ask questions and propose ideas.",
    markup: "markdown",
    body: `The main forum of the Python community is [discuss.python.org](https://discuss.python.org/), run by the Python Software Foundation on Discourse. It is where core developers discuss changes to the language, where packaging tools are designed, and where newcomers ask their first questions.

## Categories

- **Python Help**: questions about using Python, from installing it to debugging a tricky program.
- **Ideas**: proposals for changes to the language or the standard library. Good ideas discussed here may become a Python Enhancement Proposal.
- **Core Development**: the day-to-day work on CPython, including release planning.
- **PEPs**: discussion threads for Python Enhancement Proposals under review.
- **Packaging**: the design of packaging standards and tools such as pip.
- **Community**: user groups, events, the PSF and everything else.

## How to use the forum well

1. Search before you post; your question may already have an answer.
2. Choose the category that fits, and add tags where they help.
3. Write a specific title, such as "KeyError when reading a CSV with DictReader" rather than "Help!".
4. Mark the reply that solved your problem, so that others can find it.

You can follow categories by email, which makes the forum work much like a mailing list. Everyone on the forum agrees to follow the [Code of Conduct](/psf/codeofconduct/), and moderators are volunteers from the community.

## Other forums

Stack Overflow has a large archive of answered Python questions. Many projects run their own forums or use GitHub Discussions, and Reddit's r/Python and r/learnpython are busy communities of their own. For other ways to reach people, see the [mailing lists](/community/lists/) and [chat channels](/community/irc/).`,
  },
];

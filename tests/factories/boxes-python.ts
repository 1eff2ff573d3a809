/**
 * Demo boxes of the python.org side (apps/boxes, fixtures/boxes.json labels): the header's hand-written
 * supernavs, the home page, /about/, /doc/ and /downloads/. Our own words; names, URLs and versions
 * are facts. Internal links stay on pages the seeded site has (the seeded menus' paths).
 */
export const PYTHON_BOXES: Record<string, string> = {
  // Header mega-menus (supernav-python-downloads, -blog and -success-stories are generated).
  "supernav-python-about":
    '<li class="tier-2 super-navigation"><h4>Python lets you get work done quickly and fit systems together with less effort.</h4><p>Most people are productive within days, and their code stays easy to maintain. <a href="/about/">Find out more about Python</a>.</p></li>',
  "supernav-python-documentation":
    '<li class="tier-2 super-navigation"><h4>The standard documentation: read it online, download it, or start with the tutorial.</h4><p>Start here, or <a href="/doc/versions/">browse the documentation by version</a>.</p><p class="download-buttons"><a class="button" href="https://docs.python.org/3/">Python Docs</a></p></li>',
  "supernav-python-community":
    '<li class="tier-2 super-navigation"><h4>The Python community</h4><p>People make the language: a welcoming, varied crowd of users who help newcomers, run meetups and keep improving Python together. <a href="/community/">Meet the community</a>.</p></li>',
  "supernav-python-events":
    '<li class="tier-2 super-navigation">Conferences, sprints and user-group meetups run by Python people all over the world. <a href="/events/">See what is on</a>.</li>',

  // Home page (templates/python/index.html); homepage-downloads is generated.
  "homepage-introduction":
    '<p>Python is a programming language that helps you get work done quickly and fit systems together with less effort. <a class="readmore" href="/doc/">Learn more</a></p>',
  "homepage-get-started":
    '<h2 class="widget-title">Get Started</h2><p>New to programming or coming from another language? Python is quick to pick up and pleasant to use.</p><p><a href="/about/gettingstarted/">Read the getting started guide</a></p>',
  "homepage-documentation":
    '<h2 class="widget-title">Docs</h2><p>The standard library reference, the language reference, tutorials and how-to guides are all online.</p><p><a href="https://docs.python.org">docs.python.org</a></p>',
  "homepage-jobs":
    '<h2 class="widget-title">Jobs</h2><p>Hiring Python developers, or looking for your next Python role?</p><p><a href="/jobs/">Visit the Python Job Board</a></p>',
  "widget-use-python-for": [
    '<h2 class="widget-title">Use Python for…</h2>',
    '<p class="give-me-more"><a href="/about/apps/" title="More applications">More</a></p>',
    '<ul class="menu">',
    '<li><b>Web development</b>: <a href="https://www.djangoproject.com/">Django</a>, <a href="https://trypyramid.com/">Pyramid</a>, <a href="https://bottlepy.org/">Bottle</a>, <a href="https://www.tornadoweb.org/">Tornado</a>, <a href="https://flask.palletsprojects.com/">Flask</a>, <a href="http://www.web2py.com/">web2py</a></li>',
    '<li><b>GUI development</b>: <a href="https://docs.python.org/3/library/tkinter.html">tkInter</a>, <a href="https://pygobject.gnome.org/">PyGObject</a>, <a href="https://www.riverbankcomputing.com/software/pyqt/">PyQt</a>, <a href="https://doc.qt.io/qtforpython-6/">PySide</a>, <a href="https://kivy.org/">Kivy</a>, <a href="https://www.wxpython.org/">wxPython</a>, <a href="https://dearpygui.readthedocs.io/">DearPyGui</a></li>',
    '<li><b>Scientific and numeric</b>: <a href="https://scipy.org/">SciPy</a>, <a href="https://pandas.pydata.org/">Pandas</a>, <a href="https://ipython.org/">IPython</a></li>',
    '<li><b>Software development</b>: <a href="https://buildbot.net/">Buildbot</a>, <a href="https://trac.edgewall.org/">Trac</a>, <a href="https://www.roundup-tracker.org/">Roundup</a></li>',
    '<li><b>System administration</b>: <a href="https://www.ansible.com/">Ansible</a>, <a href="https://saltproject.io/">Salt</a>, <a href="https://www.openstack.org/">OpenStack</a>, <a href="https://xon.sh/">xonsh</a></li>',
    "</ul>",
  ].join("\n"),
  "widget-about-psf":
    '<h2 class="widget-title"><span class="prompt">&gt;&gt;&gt;</span> <a href="/psf-landing/">Python Software Foundation</a></h2><p>The Python Software Foundation exists to promote, protect and advance the Python language, and to help a diverse, international community of Python programmers grow. <a class="readmore" href="/psf/about/">More about the PSF</a></p><p class="click-these"><a class="button" href="/users/membership/">Become a Member</a> <a class="button" href="/psf/donations/">Donate to the PSF</a></p>',

  // /about/ (templates/python/about.html).
  "aboutpython-banner":
    '<h1 class="call-to-action">Python is powerful and fast, plays well with others, runs everywhere, is friendly and easy to learn, and is open.</h1><p>That is why so many people who use Python would rather not use anything else.</p>',
  "aboutpython-getstarted":
    '<h2 class="widget-title">Getting started</h2><p>Whether this is your first programming language or your fifth, Python is easy to pick up. These guides are a good first step:</p><ul><li><a href="https://wiki.python.org/moin/BeginnersGuide/Programmers">Beginner\'s guide for programmers</a></li><li><a href="https://wiki.python.org/moin/BeginnersGuide/NonProgrammers">Beginner\'s guide for non-programmers</a></li><li><a href="https://wiki.python.org/moin/BeginnersGuide/Download">Downloading and installing Python</a></li><li><a href="/about/gettingstarted/">Our getting started page</a></li></ul>',
  "aboutpython-easytolearn":
    '<h2 class="widget-title">Friendly and easy to learn</h2><p>The community runs conferences and meetups and works on code together; the documentation helps along the way and the mailing lists keep you in touch.</p><ul><li><a href="/community/workshops/">Conferences and workshops</a></li><li><a href="https://docs.python.org">Python documentation</a></li><li><a href="/community/lists/">Mailing lists</a> and <a href="/community/irc/">IRC channels</a></li></ul>',
  "aboutpython-applications":
    '<h2 class="widget-title">Applications</h2><p>The <a href="https://pypi.org">Python Package Index (PyPI)</a> holds hundreds of thousands of third-party packages. With them and the standard library there is little Python cannot do.</p><ul><li><a href="/about/apps/#web-and-internet-development">Web and internet development</a></li><li><a href="/about/apps/#database-access">Database access</a></li><li><a href="/about/apps/#desktop-guis">Desktop GUIs</a></li><li><a href="/about/apps/#scientific-and-numeric">Scientific and numeric</a></li><li><a href="/about/apps/#education">Education</a></li><li><a href="/about/apps/#network-programming">Network programming</a></li><li><a href="/about/apps/#software-development">Software and game development</a></li></ul>',
  "aboutpython-opensource":
    '<h2 class="widget-title">Open source</h2><p>Python is released under an OSI-approved open source license, so it is free to use and to share, commercial use included. The <a href="/psf-landing/">Python Software Foundation</a> administers the license.</p><ul><li><a href="https://docs.python.org/3/license.html">About the license</a></li><li><a href="https://opensource.org/license/python-2-0">The Python license at the OSI</a></li><li><a href="/psf/about/">About the Foundation</a></li></ul>',
  "usermessage-helplink":
    '<p>Not finding what you need? <a href="/about/help/">Our help section</a> has answers and people to ask.</p>',

  // /doc/ (templates/python/documentation.html).
  "documentation-banner":
    '<h1 class="call-to-action">Read the documentation online, or download a copy to keep.</h1><p>Python\'s documentation, tutorials and guides keep growing with every release. Start below, or pick a level.</p><p class="download-buttons"><a class="button" href="https://docs.python.org/3/">Python Docs</a></p><p>Looking for an older release? See the <a href="/doc/versions/">documentation by version</a>.</p>',
  "documentation-beginners":
    '<h2 class="widget-title">Beginner</h2><ul><li><a href="https://wiki.python.org/moin/BeginnersGuide">Beginner\'s guide</a></li><li><a href="https://docs.python.org/3/faq/">Python FAQs</a></li><li><a href="https://docs.python.org/3/tutorial/">The tutorial</a></li></ul>',
  "documentation-moderate":
    '<h2 class="widget-title">Moderate</h2><ul><li><a href="https://wiki.python.org/moin/PythonBooks">Python books</a></li><li><a href="/doc/av/">Audio and video talks</a></li></ul>',
  "documentation-advanced":
    '<h2 class="widget-title">Advanced</h2><ul><li><a href="https://packaging.python.org/">Python Packaging User Guide</a></li><li><a href="https://docs.python.org/dev/">Documentation of the development version</a></li><li><a href="/doc/essays/">Guido\'s essays</a></li></ul>',
  "documentation-general":
    '<h2 class="widget-title">General</h2><ul><li><a href="https://peps.python.org/">PEP index</a></li><li><a href="https://pyvideo.org/">Python videos</a></li><li><a href="https://devguide.python.org/">Developer\'s guide</a></li></ul>',
  "widget-weneedyou":
    '<h2 class="widget-title"><span class="prompt">&gt;&gt;&gt;</span> Python needs you</h2><p>Open source software gets better when its users can fix bugs and add features, in the code and in the documentation. Python welcomes contributions from everyone: <a href="https://devguide.python.org/">the developer\'s guide</a> explains how to start.</p><p class="click-these"><a class="button" href="https://devguide.python.org/#contributing">Contribute to Python</a> <a class="button" href="https://github.com/python/cpython/issues">Issue tracker</a></p>',
};

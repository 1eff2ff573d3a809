/**
 * Demo boxes of the PSF, community, events, jobs, news, success stories and sponsorship pages
 * (the labels their templates use, §6.3). Our own words; organisations and URLs are facts.
 */
const widget = (title: string, text: string, href: string, button: string) =>
  `<h2 class="widget-title">${title}</h2><p>${text}</p><p><a class="button" href="${href}">${button}</a></p>`;

export const COMMUNITY_BOXES: Record<string, string> = {
  // PSF landing (templates/psf/index.html) and PSF pages.
  "psf-banner":
    '<h1 class="call-to-action">The Python Software Foundation is the non-profit behind the Python language and the open source community around it.</h1>',
  "psf-widget0": [
    '<h2 class="widget-title">How we support the Python community</h2>',
    '<div class="grid gap-4 md:grid-cols-3">',
    '<div><h3>Grants</h3><p>Money for Python conferences, workshops, sprints and user groups around the world. <a href="/psf/grants/">About the grants</a></p></div>',
    '<div><h3>Infrastructure</h3><p>python.org, the Python Package Index and the services the core developers rely on, kept running every day. <a href="https://pypi.org/">PyPI</a></p></div>',
    '<div><h3>PyCon US</h3><p>The yearly conference where the community meets, learns and sprints together. <a href="https://us.pycon.org/">PyCon US</a></p></div>',
    "</div>",
  ].join("\n"),
  "psf-widget1": widget(
    "Become a member",
    "Members help the PSF promote, protect and advance Python and its community.",
    "/psf/membership/",
    "About membership",
  ),
  "psf-widget2": widget(
    "Donate",
    "A donation funds the Foundation's work. The PSF is a 501(c)(3) non-profit in the United States.",
    "/psf/donations/",
    "Ways to give",
  ),
  "psf-widget3": widget(
    "Volunteer",
    "There are many ways to help the PSF and the wider Python community.",
    "/psf/volunteer/",
    "How to volunteer",
  ),
  "psf-widget4": widget(
    "Sponsors",
    "Sponsors make the Foundation's work for the Python community possible.",
    "/psf/sponsorship/",
    "Sponsorship possibilities",
  ),
  "psf-grants": widget(
    "PSF Grants Program",
    "The Foundation welcomes proposals for projects that develop Python, technology built on it, and learning resources.",
    "/psf/grants/",
    "Guidelines, FAQ and examples",
  ),
  // Legacy static list; the landing shows the psf-news feed aggregate instead.
  "psf-news":
    '<h2 class="widget-title">PSF News</h2><p>The Foundation\'s announcements are on <a href="https://pyfound.blogspot.com/">the PSF blog</a>.</p>',
  "psf-codeofconduct":
    "<h3>The Python Software Foundation asks every member to follow its Code of Conduct.</h3><p>Python's community spans the globe and brings together many skills, personalities and experiences; those differences are why it keeps growing. A member of the community is open to collaboration and to constructive criticism, considerate of other people's time and work, and respectful of others and of the community's processes. When we disagree, we say so courteously.</p><p>Read the full <a href=\"/psf/codeofconduct/\">Code of Conduct</a>.</p>",
  "widget-sidebar-aboutpsf":
    '<h3 class="widget-title">The PSF</h3><p>The Python Software Foundation is the organisation behind Python. <a href="/psf/membership/">Become a member</a> and help advance the language and our mission.</p>',
  "donor-honor-roll":
    "<p>With thanks to the organisations and people who have given to the PSF, among them:</p><ol><li><b>PayPal Giving Fund</b></li><li><b>Humble Bundle</b></li><li><b>Google Cloud Platform</b></li><li><b>Bloomberg LP</b></li><li><b>craigslist Charitable Fund</b></li><li><b>Vanguard Charitable</b></li><li>and many individual donors, some of whom prefer to stay anonymous.</li></ol>",

  // Community (apps/community templates).
  "community-banner":
    '<h1 class="call-to-action">Python\'s community is large, varied and growing, and it is open to you.</h1><p>Behind good software are good people. Python users are keen to share the language, help beginners and experts alike, and add to the open source knowledge everyone builds on.</p>',
  "community-irc-channels":
    '<h2 class="widget-title">Internet Relay Chat</h2><p><a href="https://libera.chat/">Libera.Chat</a> hosts Python\'s IRC channels. <a href="https://libera.chat/guides/registration">Register a nickname</a>, pick a client and join <strong>#python</strong> for general questions or <strong>#python-dev</strong> for CPython development. More on our <a href="/community/irc/">IRC page</a>.</p><h2 class="widget-title">Forums</h2><p>Long-form discussion happens on <a href="https://discuss.python.org/">discuss.python.org</a>.</p>',
  "community-widget1":
    '<h2 class="widget-title">Getting started</h2><p>New here? Good places to begin:</p><ul><li><a href="https://docs.python.org/3/faq/">Python FAQs</a></li><li><a href="/community/workshops/">Go to a conference</a></li><li><a href="/community/diversity/">Our diversity statement</a></li></ul><h2 class="widget-title">Community survey</h2><p>Tell the PSF how it can serve the community better in the <a href="/community/survey/">community survey</a>.</p>',
  "community-widget2":
    '<h2 class="widget-title">Success stories</h2><p>People and organisations tell how Python helped them. <a href="/success-stories/">Read their stories</a>.</p>',
  "community-widget3":
    '<h2 class="widget-title">Elsewhere</h2><ul><li><a href="https://www.pythonweekly.com/">Python Weekly</a>: a free weekly newsletter of news, articles and releases.</li><li><a href="https://pythondiscord.com/">Python Discord</a>: a large chat community about Python.</li><li><a href="https://planetpython.org/">Planet Python</a>: posts from Python bloggers.</li></ul>',

  // Events, jobs, news, success stories.
  "events-subscriptions":
    '<h2 class="widget-title">Python events calendars</h2><p>The <a href="https://wiki.python.org/moin/PythonEventsCalendar#Python_Calendar_Team">events calendar team</a> keeps the calendars. The <a href="https://wiki.python.org/moin/PythonEventsCalendar">calendar project page</a> explains how to submit an event, subscribe to the calendars or embed them.</p><p>Browse <a href="/events/python-events/">Python events</a> and <a href="/events/python-user-group/">user group events</a>.</p>',
  "jobs-subscribe":
    '<h3 class="widget-title">Stay up to date</h3><p>New jobs appear on the <a href="/jobs/">job board</a> as soon as they are approved. <a href="https://fosstodon.org/@ThePSF">Follow the PSF on Mastodon</a> for news.</p>',
  "jobs-getfeatured": '<p>Want your job featured? <a href="/psf/sponsorship/">Sponsor the PSF</a>.</p>',
  "jobs-sponsors":
    '<h3 class="widget-title">Job board sponsors</h3><p>The job board is free to use thanks to the <a href="/psf/sponsors/">PSF\'s sponsors</a>.</p>',
  "blogs-subscriptions":
    '<h2 class="widget-title">Python Insider subscriptions</h2><p>Follow Python Insider through its <a href="https://blog.python.org/feeds/posts/default?alt=rss">RSS feed</a>, and join the conversation on <a href="https://discuss.python.org/">discuss.python.org</a>.</p>',
  "blogs-copyright":
    '<h2 class="widget-title">Copyright</h2><p>Python Insider by the Python core developers is licensed under a <a href="https://creativecommons.org/licenses/by-nc-sa/3.0/us/">Creative Commons Attribution-NonCommercial-ShareAlike 3.0 License</a>. Based on work at <a href="https://blog.python.org">blog.python.org</a>.</p>',
  "successstory-submityours":
    '<h3 class="widget-title">Tell us yours</h3><p>Python users like to hear how others use it. <a href="/success-stories/create/">Submit your story</a>.</p>',

  // Sponsorship application (apps/sponsors) and misc.
  "sponsorship-application":
    '<h1>Sponsor the PSF</h1><p>Thank you for considering sponsorship. Pick a package below and adjust its benefits to suit your organisation, add any à la carte benefits, then submit: sign in or create an account first. PSF staff will contact you to confirm the details.</p><p>Questions? Write to <a href="mailto:sponsors@python.org">sponsors@python.org</a>.</p>',
  "sponsorship-application-closed":
    '<h1>Sponsor the PSF</h1><p>Thank you for your interest. The sponsorship packages are being revised; please check back soon, or write to <a href="mailto:sponsors@python.org">sponsors@python.org</a>.</p>',
  "feedbacks-complete": "<p>Thank you for your feedback!</p>",
};

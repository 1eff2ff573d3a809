/** Demo pages of the PSF's legal section and media pages, in our own words (summaries, not legal text). */
import { PSF_FULL_WIDTH, PSF_TEMPLATE, type PageSeed } from "./types";

export const PSF_LEGAL_PAGES: PageSeed[] = [
  {
    path: "about/legal",
    title: "Legal statements",
    keywords: "python, legal, copyright, trademarks, privacy, license",
    description: "Copyright, trademarks, licences and privacy for python.org and for Python.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `This page gathers the legal information that applies to python.org and to the Python software published on it. It is a guide, not legal advice; the linked documents are the authoritative versions.

## Copyright

The content of python.org is copyright of the Python Software Foundation, except where a page says otherwise. Many pages are written by volunteers, who have agreed that the PSF may publish their work. You may quote short excerpts with a link back to the source.

## Python's licence

Python itself is free software. Current releases are distributed under the PSF License Agreement, which is approved by the Open Source Initiative and compatible with the GPL. It allows use, modification and redistribution, including in commercial products. See the [licence page](/psf/license/) for a summary and the history of earlier licences.

## Trademarks

"Python" and the Python logos are registered trademarks of the PSF, and "PyCon" is a trademark of the PSF as well. Their use is described in the [trademark usage policy](/psf/trademarks/) and the [PyCon trademark policy](/psf/trademarks/pycon/). The [logo page](/community/logos/) explains how to use the artwork.

## Privacy

The PSF collects as little personal information as it can. Accounts on python.org store the details you give when you sign up, and the site uses cookies only to keep you signed in and to remember preferences. The PSF's privacy notice and other policies are published at [policies.python.org](https://policies.python.org/).

## Contributions

Code contributed to Python is covered by the [contributor licence agreement](/psf/contrib/). Posts in PSF spaces are subject to the [Code of Conduct](/psf/codeofconduct/), and the PSF blog has its own [weblog policy](/psf/weblog-policy/).

## Governing documents

The PSF's [bylaws](/psf/bylaws/) describe how the foundation is governed. Questions about any of these documents can be sent to psf@python.org.`,
  },
  {
    path: "psf/bylaws",
    title: "PSF bylaws (summary)",
    keywords: "psf, bylaws, governance, board, members",
    description: "A plain-language summary of the bylaws that govern the Python Software Foundation.",
    markup: "restructuredtext",
    template: PSF_FULL_WIDTH,
    body: `The bylaws are the rules by which the Python Software Foundation governs itself. This page is a plain-language summary of what they cover, written to help members and newcomers find their way. It is not the legal text; where this summary and the adopted bylaws differ, the bylaws apply. The full text, with every amendment, is part of the PSF's \`public records </psf/records/>\`_.

What the bylaws cover
---------------------

Purpose and offices
   The PSF is a non-profit corporation whose purposes are those of its \`mission </psf/mission/>\`_. Its assets may be used only for those purposes, and no part of them may benefit a private individual.

Members
   The bylaws define the classes of \`membership </psf/membership/>\`_, who may vote, and how members are admitted, renew and leave. They also describe the annual meeting of members, how meetings are called and what quorum is required.

Board of Directors
   The Board manages the affairs of the PSF. The bylaws fix the number of directors, how they are elected by the voting members, the length of their terms, how vacancies are filled, and how the Board meets and votes, including by electronic means.

Officers
   The Board appoints officers, such as a chair, a secretary and a treasurer, and may employ an Executive Director and other staff. The bylaws describe their duties and how they can be removed.

Committees and working groups
   The Board may create committees and \`working groups </psf/committees/>\`_ and delegate some of its powers to them, within limits the bylaws set.

Conflicts of interest
   Directors and officers must disclose any personal interest in a decision and step aside from voting on it.

Indemnification
   The PSF protects its directors, officers and volunteers against certain claims arising from their good-faith work for the foundation.

Amendments
   Most changes to the bylaws are proposed by the Board and must then be approved by a vote of the members. Proposed amendments are published before the vote, and the results are announced on the \`PSF blog <https://pyfound.blogspot.com/>\`_.

Questions
---------

Questions about the bylaws can be sent to psf@python.org.`,
  },
  {
    path: "psf/trademarks",
    title: "Python trademark usage policy",
    keywords: "psf, trademarks, python, logo, usage policy",
    description: "When and how you may use the Python name and logos, and when to ask first.",
    markup: "restructuredtext",
    template: PSF_TEMPLATE,
    body: `"Python" and the two-snakes logo are registered trademarks of the Python Software Foundation. The PSF protects them so that people can trust that something labelled "Python" really is Python, while keeping it easy for the community to talk about, teach and build on the language. This page summarises the policy.

Uses that need no permission
----------------------------

* Referring to Python by name in articles, books, talks, course titles and product descriptions, for example "written in Python" or "a Python library for maps".
* Using the logo, unaltered, to show that a project, website, user group or event is about Python.
* Naming open-source projects in a way that describes them, such as "python-foo" or "PyFoo", as long as the name does not suggest that the PSF makes or endorses them.
* Making a small number of stickers or shirts with the logo for a community group, when they are not sold for profit.

Uses that need a licence
------------------------

* Using "Python" or the logo as part of the name or logo of a commercial product or company.
* Selling merchandise that carries the Python logo.
* Any use that could make people believe the PSF produces, endorses or sponsors a product or service.

To request a licence, or if you are unsure, write to psf-trademarks@python.org before you go to print.

Rules for the logo
------------------

* Do not change the shapes, proportions or colours, except for single-colour versions.
* Leave clear space around the logo and keep it readable.
* Use the files from the \`logo page </community/logos/>\`_.

Related policies
----------------

The name and logo of PyCon have their own \`PyCon trademark policy </psf/trademarks/pycon/>\`_. Questions about trademarks are handled by the Trademarks Working Group; see \`working groups </psf/committees/>\`_. For other legal matters, see the \`legal statements </about/legal/>\`_.`,
  },
  {
    path: "psf/trademarks/pycon",
    title: "PyCon trademark policy",
    keywords: "psf, pycon, trademark, conference, naming",
    description: "When a conference may call itself PyCon, and the conditions that come with the name.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `"PyCon" is a trademark of the Python Software Foundation. The PSF uses it for PyCon US and allows community conferences around the world to use it as well, so that anyone who attends a PyCon knows what to expect: a community-run conference about Python, open to everyone.

## Who may use the name

A conference may call itself "PyCon" followed by a place or a community, such as PyCon Ireland or PyCon Africa, if it meets these conditions:

1. It is mainly about Python and its community.
2. It is run by a non-profit organisation, a community group or volunteers, and any surplus is used for the community.
3. It has a published code of conduct with a way to report problems; the [PSF Code of Conduct](/psf/codeofconduct/) is a good model.
4. It is open to the public, with tickets priced so that the community can attend.
5. Its name includes a qualifier, so that it is not confused with PyCon US or another existing PyCon.

Events that meet these conditions do not need to ask permission, but we appreciate a note at psf-trademarks@python.org so that we can list them and avoid clashes of names.

## What needs permission

- Commercial events, or events run for profit, that want to use the name.
- Selling merchandise with a PyCon logo other than your own event's.
- Using "PyCon" in the name of a product, company or service.

## Logos

Each event may design its own logo and may combine the word "PyCon" with its own artwork. Do not use the Python logo in a way that breaks the [trademark usage policy](/psf/trademarks/) or the [logo guidelines](/community/logos/).

## Help for organisers

Planning a PyCon? The [conferences page](/community/workshops/) lists established events whose organisers are often glad to share advice, and the [grants program](/psf/grants/) can help with funding.`,
  },
  {
    path: "psf/weblog-policy",
    title: "PSF weblog policy",
    keywords: "psf, blog, weblog, policy, comments",
    description: "How the PSF blog is written and moderated, and how to propose a post.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The PSF blog at [pyfound.blogspot.com](https://pyfound.blogspot.com/) is the Python Software Foundation's main channel for news: board elections, grants, award announcements, reports from staff and updates on PyCon US. This policy describes how the blog is run.

## Who writes for the blog

Posts are written by PSF staff, board members and working group members. Guest posts from the community are welcome when they fit the blog's purpose, for example a report on an event the PSF funded or an introduction to a new community initiative. Every post names its author.

## What we publish

1. News and decisions of the PSF, including links to the [board minutes](/psf/records/board/minutes/).
2. Announcements of grants, awards, elections and calls for volunteers.
3. Reports from PSF-funded projects and events.
4. Important news about Python itself, such as major releases and security issues, with links to the primary source.

We do not publish advertising, posts that promote a single commercial product, or personal opinion presented as the PSF's position.

## Corrections

If a post contains a mistake, we correct it and add a note saying what changed and when. We do not silently rewrite published posts.

## Comments

Where comments are open, they are moderated. We remove spam, off-topic messages and anything that breaks the [Code of Conduct](/psf/codeofconduct/). Disagreement is welcome; personal attacks are not. Moderators may close comments on a post when the discussion stops being useful.

## Proposing a post

Write to psf@python.org with a short outline, the intended audience and a proposed date. Longer discussions are better suited to the [forums](/community/forums/).

## Syndication

The blog is available as an RSS feed, and its posts appear on the [PSF home page](/psf-landing/) of python.org.`,
  },
  {
    path: "psf/license",
    title: "Python's licence",
    keywords: "psf, license, licence, psf license agreement, open source, gpl compatible",
    description: "A plain-language overview of the licence under which Python is distributed.",
    markup: "restructuredtext",
    template: PSF_FULL_WIDTH,
    body: `Python is free and open-source software. You can use it for any purpose, including commercial products, study and change its source code, and give copies to others. This page explains the licences involved in plain language; the full licence text is included with every Python release in the file LICENSE and in the documentation.

The PSF License Agreement
-------------------------

Current versions of Python are distributed by the Python Software Foundation under the **PSF License Agreement**. Its main points:

* You may use, copy, modify and distribute Python, in source or binary form, free of charge.
* You must keep the PSF's copyright notice and the licence text with copies of Python.
* Python is provided "as is", without warranty.
* The licence does not give you the right to use the PSF's trademarks; see the \`trademark policy </psf/trademarks/>\`_.

The licence is approved by the \`Open Source Initiative <https://opensource.org/>\`_ and is compatible with the GNU General Public License, so Python can be combined with GPL-licensed software.

History
-------

Python was created by Guido van Rossum at CWI in the Netherlands in the early 1990s and was later developed at CNRI, BeOpen.com and Zope Corporation before the PSF was founded in 2001. Each of these organisations released versions under its own licence, and those licences still apply to the code written in those years. Since Python 2.1, new code has been released under the PSF License Agreement.

Documentation and examples
--------------------------

The Python documentation is distributed under the same licence. Code examples, recipes and other snippets in the documentation are also made available under the Zero-Clause BSD licence, so you can copy them into your own programs without any attribution requirement.

Contributing
------------

Contributors keep the copyright of their work and grant the PSF the rights it needs through the \`contributor licence agreement </psf/contrib/>\`_. For all other legal information, see the \`legal statements </about/legal/>\`_.`,
  },
  {
    path: "psf/press-release",
    title: "Press releases and media",
    keywords: "psf, press, media, news, logo",
    description: "Press releases from the Python Software Foundation and information for journalists.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `This page is for journalists, analysts and anyone who needs official information about Python and the Python Software Foundation.

## Press releases

The PSF issues press releases for major events, such as new major versions of Python, the opening of PyCon US, significant grants and changes in leadership. Recent announcements are published on the [PSF blog](https://pyfound.blogspot.com/), and release announcements for Python itself appear on the [downloads page](/downloads/) with links to the full release notes.

## Facts for writers

- Python was first released by Guido van Rossum in 1991.
- The Python Software Foundation was founded in 2001 and is a US non-profit organisation; see the [executive summary](/psf/summary/).
- Python is distributed under an open-source [licence](/psf/license/) and is free for everyone to use.
- The language is developed by a community of volunteers and PSF-funded staff, and decisions about the language are made by the elected Python Steering Council; see [contributing to Python](/dev/).

## Names and logos

Please write "Python" with a capital P, and "Python Software Foundation" in full on first mention. You may use the Python logo in articles about Python without asking; the artwork and guidelines are on the [logo page](/community/logos/), and the rules are in the [trademark usage policy](/psf/trademarks/).

## Interviews and comment

For interviews with PSF staff or board members, comment on community matters, or help finding the right expert on a Python topic, write to psf@python.org. Please include your deadline and the publication you are writing for. Questions about language features are often best answered by the core developers themselves; we can put you in touch.

## About this site

python.org is run by the PSF. For other legal and copyright information, see the [legal statements](/about/legal/).`,
  },
];

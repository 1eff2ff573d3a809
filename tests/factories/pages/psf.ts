/** Demo pages about the Python Software Foundation itself, in our own words. */
import { PSF_TEMPLATE, type PageSeed } from "./types";

export const PSF_PAGES: PageSeed[] = [
  {
    path: "psf",
    title: "Python Software Foundation",
    keywords: "psf, python software foundation, nonprofit",
    description: "An index of the pages about the Python Software Foundation.",
    markup: "html",
    template: PSF_TEMPLATE,
    body: `<p>The Python Software Foundation (PSF) is the non-profit organisation behind the Python programming language. It holds Python's intellectual property, runs PyCon US and python.org, and supports the community through grants and staff. The pages below explain what the PSF does and how you can take part. For news and highlights, start at the <a href="/psf-landing/">PSF home page</a>.</p>
<h2>About the foundation</h2>
<ul>
<li><a href="/psf/about/">About the PSF</a> and its <a href="/psf/mission/">mission</a></li>
<li><a href="/psf/summary/">Executive summary</a></li>
<li><a href="/psf/records/">Public records</a> and <a href="/psf/committees/">working groups</a></li>
</ul>
<h2>Get involved</h2>
<ul>
<li><a href="/psf/membership/">Membership</a> and the <a href="/psf/members/">membership roster</a></li>
<li><a href="/psf/donations/">Donations</a>, <a href="/psf/sponsorship/">sponsorship</a> and <a href="/psf/volunteer/">volunteering</a></li>
<li><a href="/psf/grants/">Grants program</a></li>
</ul>
<h2>Policies</h2>
<ul>
<li><a href="/psf/codeofconduct/">Code of Conduct</a>, <a href="/psf/bylaws/">bylaws</a> and <a href="/psf/license/">licence</a></li>
<li><a href="/psf/trademarks/">Trademark usage policy</a> and <a href="/about/legal/">legal statements</a></li>
</ul>`,
  },
  {
    path: "psf/about",
    title: "About the Python Software Foundation",
    keywords: "psf, about, nonprofit, foundation, python",
    description: "Who the PSF is, what it does, and how it is run.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation is a non-profit organisation, recognised as a 501(c)(3) charity in the United States, that exists to support the Python language and its community. It was founded in March 2001, shortly after the release of Python 2.1, so that the rights to Python would be held by an organisation accountable to the community rather than by any single company.

## What the PSF does

- **Holds Python's intellectual property.** The PSF owns the copyright of recent Python releases and the "Python" trademarks, and publishes Python under an [open-source licence](/psf/license/).
- **Runs PyCon US**, the largest yearly gathering of the community, whose revenue funds much of the PSF's other work.
- **Funds the community.** The [grants program](/psf/grants/) supports conferences, workshops and projects around the world.
- **Keeps infrastructure running**, including python.org, the Python Package Index and the [discussion forums](/community/forums/).
- **Employs staff** who work on CPython, packaging security and community support, alongside a small administrative team.

## How the PSF is governed

The PSF is run by a Board of Directors elected by the voting [members](/psf/membership/). The board appoints officers and an Executive Director, who leads the staff. Much of the work is done by volunteer [working groups](/psf/committees/). The PSF's [bylaws](/psf/bylaws/) set out the rules, and its [public records](/psf/records/), including board minutes, show how decisions are made.

Note that the PSF does not decide what goes into the Python language. Language decisions are made by the Python Steering Council, elected by the core developers.

## How it is funded

The PSF's income comes from PyCon US, from [sponsors](/psf/sponsorship/), from [donations](/psf/donations/) and from membership fees. Every contribution, large or small, helps keep Python free and its community healthy. To get in touch, write to psf@python.org.`,
  },
  {
    path: "psf/summary",
    title: "PSF executive summary",
    keywords: "psf, summary, overview, foundation",
    description: "The Python Software Foundation at a glance.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `This page summarises the Python Software Foundation for readers who need the essentials quickly: journalists, grant makers, potential sponsors and anyone new to the community. For a longer introduction, read [About the PSF](/psf/about/).

## At a glance

| | |
| --- | --- |
| **Organisation** | Python Software Foundation, a US non-profit (501(c)(3)) |
| **Founded** | March 2001 |
| **Purpose** | To support and advance Python and its international community ([mission](/psf/mission/)) |
| **Governance** | A Board of Directors elected by the voting members |
| **Main activities** | PyCon US, python.org and PyPI infrastructure, grants, staff for CPython and packaging |
| **Funding** | Conference revenue, sponsorship, donations and memberships |

## Why the PSF matters

Python is free for everyone to use, including in commercial products. That freedom depends on someone holding the rights, defending the trademarks and keeping the infrastructure running. The PSF does this on behalf of the whole community, so that no single company controls the language that millions of people rely on.

## What the PSF supports

1. **The language**: the PSF owns the copyright of Python and pays developers who work on CPython and its security.
2. **The ecosystem**: the Python Package Index, which serves many billions of downloads a year, is operated by the PSF.
3. **The community**: grants fund workshops, conferences and sprints in countries around the world, with a focus on reaching new people.

## Getting involved

Individuals can join as [members](/psf/membership/), [donate](/psf/donations/) or [volunteer](/psf/volunteer/). Organisations can become [sponsors](/psf/sponsorship/). Press enquiries are handled through the [press page](/psf/press-release/).`,
  },
  {
    path: "psf/mission",
    title: "PSF mission statement",
    keywords: "psf, mission, purpose, goals",
    description: "What the Python Software Foundation sets out to do, and how each goal turns into work.",
    markup: "restructuredtext",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation exists to look after Python, as a language and as a community, for the long term. Its mission has several parts, which together guide where the foundation spends its time and money.

The mission in brief
--------------------

The PSF's purpose is to **promote** the use of Python, to **protect** it as free and open software, to **advance** it as a language, and to **support and grow** a diverse, international community of people who use and develop it.

What each part means in practice
--------------------------------

Promote
   Tell the world what Python is good for: through python.org, PyCon US, the \`success stories <https://www.python.org/success-stories/>\`_ and the work of volunteers who speak and teach.

Protect
   Hold the copyright and the trademarks, publish Python under an \`open-source licence </psf/license/>\`_, and guard the name against misleading use with the \`trademark policy </psf/trademarks/>\`_.

Advance
   Fund work that volunteers alone cannot sustain, such as security, release infrastructure and the Python Package Index.

Support and grow the community
   Award \`grants </psf/grants/>\`_, maintain the \`Code of Conduct </psf/codeofconduct/>\`_, recognise volunteers with \`community awards </community/awards/>\`_, and make events and resources available to people who have been left out.

How the mission is used
-----------------------

* The Board checks new programmes and large expenses against the mission.
* Grant applications are assessed by how well they serve it.
* The bylaws require that the PSF's assets serve these purposes, and not the private interest of any member.

Read more about the foundation on the \`About the PSF </psf/about/>\`_ page, or see its \`executive summary </psf/summary/>\`_.`,
  },
  {
    path: "psf/records",
    title: "PSF public records",
    keywords: "psf, records, minutes, board, reports, elections",
    description:
      "Where to find the Python Software Foundation's minutes, reports and other public documents.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation publishes its key decisions and documents so that members, sponsors and the wider community can see how the foundation is run. This page lists the kinds of records that are available and where to find them.

## Board minutes

The Board of Directors meets regularly, usually once a month, and the approved minutes of each meeting are published. They record who attended, the reports received, and every resolution passed, including grants, budgets and awards. Browse them in the [board meeting minutes](/psf/records/board/minutes/). Minutes appear once the board has approved them, normally at the following meeting.

## Members' meetings and elections

The PSF holds an annual meeting of its members, and board elections take place once a year. The results of each election, the candidates' statements and the votes on proposed bylaw changes are announced on the [PSF blog](https://pyfound.blogspot.com/). Learn who can vote on the [membership page](/psf/membership/).

## Governing documents

- The [bylaws](/psf/bylaws/), which set out how the PSF is governed.
- The [Code of Conduct](/psf/codeofconduct/) and the policies of the PSF's working groups.
- The [trademark usage policy](/psf/trademarks/) and the [licence](/psf/license/) under which Python is published.

## Financial records

As a US non-profit, the PSF files a yearly information return with the tax authorities, and these filings are public. The foundation also publishes an annual report that describes its programmes, income and spending in plainer language.

## Working groups

Each [working group](/psf/committees/) records its charter and membership, and many publish reports of their activity.

## Requests

If you are looking for a record that is not listed here, write to psf@python.org.`,
  },
  {
    path: "psf/committees",
    title: "PSF working groups",
    keywords: "psf, working groups, committees, volunteers",
    description: "The volunteer working groups that carry out much of the PSF's work, and how to join one.",
    markup: "restructuredtext",
    template: PSF_TEMPLATE,
    body: `Much of the Python Software Foundation's work is done by volunteers organised into working groups. Each group has a charter approved by the Board that states what it is responsible for and how it makes decisions. Working groups report to the Board and may spend money only within the limits their charter allows.

Current groups
--------------

The groups change as needs change. Among them are:

* **Grants Working Group**: reviews applications to the \`grants program </psf/grants/>\`_ and approves grants up to an agreed amount.
* **Code of Conduct Working Group**: maintains the \`Code of Conduct </psf/codeofconduct/>\`_ and helps event organisers and PSF spaces handle reports.
* **Packaging Working Group**: raises and directs funds for improvements to Python packaging tools and PyPI.
* **Fellows Working Group**: reviews nominations for PSF Fellows; see \`community awards </community/awards/>\`_.
* **Diversity and Inclusion Working Group**: advises the Board on making the community more welcoming; see \`diversity </community/diversity/>\`_.
* **Trademarks Working Group**: answers questions about the use of the Python and PyCon marks under the \`trademark policy </psf/trademarks/>\`_.

How working groups operate
--------------------------

1. A group is created by a Board resolution that approves its charter.
2. Members are volunteers; most groups include at least one Board member or staff liaison.
3. Groups meet and vote as their charter describes, often by email or in regular calls.
4. Each group reports its activity to the Board, and decisions with wide impact are taken to the Board.

Joining a group
---------------

Most working groups welcome new members, especially people who bring experience from a part of the world or the community that is not yet represented. Groups usually ask for a short statement of interest. Write to psf@python.org and say which group you would like to join. Other ways to help are described on the \`volunteer page </psf/volunteer/>\`_.`,
  },
];

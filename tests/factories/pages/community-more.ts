/** Demo pages of the Community section (events, groups, logo, shop, awards), in our own words. */
import type { PageSeed } from "./types";

export const COMMUNITY_MORE_PAGES: PageSeed[] = [
  {
    path: "community/workshops",
    title: "Python conferences",
    keywords: "python, conferences, pycon, europython, workshops, events",
    description: "Python conferences and workshops around the world, and how to find or start one.",
    markup: "markdown",
    body: `Python conferences are where the community meets face to face. They range from two-hundred-person regional events run entirely by volunteers to PyCon US, which brings together thousands of people every year. Almost all of them welcome first-time attendees and first-time speakers.

## A few of the larger events

- **PyCon US**, organised by the Python Software Foundation, with tutorials, talks, a job fair and several days of development sprints.
- **EuroPython**, the largest Python conference in Europe, run by the EuroPython Society.
- **PyCon APAC**, hosted by a different country of the Asia-Pacific region each year.
- **PyCon Africa**, which gathers Python users from across the continent.
- Topic-focused conferences such as **PyData** events, **DjangoCon** and **SciPy**.

There are also national and regional PyCons in dozens of countries, from PyCon Japan to PyCon Colombia. The [Python events calendar](https://www.python.org/events/python-events/) lists upcoming conferences with their dates and locations.

## What to expect

1. **Talks** on every level, from introductions to deep dives into the interpreter.
2. **Tutorials and workshops**, usually before the main conference, for hands-on learning.
3. **Sprints**, where you can sit next to project maintainers and make your first contribution.
4. **The hallway track**: the conversations between sessions are often the most valuable part.

Recordings of many talks are available online; see [audio/visual talks](/doc/av/).

## Going on a budget

Many conferences offer financial aid for tickets, travel and accommodation. Apply early, since budgets are limited. Volunteering at an event is another way to attend and to meet people.

## Organising an event

If your region does not have a Python event yet, consider starting one. The PSF's [grants program](/psf/grants/) can help fund community events, and events named PyCon follow the [PyCon trademark policy](/psf/trademarks/pycon/). Every event should have a code of conduct; the [PSF Code of Conduct](/psf/codeofconduct/) is a good place to start.`,
  },
  {
    path: "community/sigs",
    title: "Special interest groups",
    keywords: "python, sig, special interest groups, db-sig, web-sig, edu-sig",
    description: "Groups of Python users who work together on one topic, and how to start a new one.",
    markup: "restructuredtext",
    body: `Special interest groups, or SIGs, bring together people who care about one area of Python. Each SIG has a mailing list, and some have wiki pages or repositories of their own. SIGs have produced several important standards of the Python world, such as the database API and the web server gateway interface.

Active groups
-------------

* **DB-SIG** works on database access from Python and maintains the Python Database API Specification, \`PEP 249 <https://peps.python.org/pep-0249/>\`_, which most database drivers implement.
* **Web-SIG** discusses web development in Python. Its best-known result is WSGI, described in \`PEP 3333 <https://peps.python.org/pep-3333/>\`_.
* **Edu-SIG** is for teachers and anyone interested in Python in education, from primary schools to universities.
* **Doc-SIG** cares about Python's documentation tools and formats.
* **Tkinter** users and maintainers discuss the standard GUI toolkit on the tkinter-discuss list.
* **Meta-SIG** oversees the SIGs themselves and is where new groups are proposed.

Retired groups
--------------

Some SIGs have finished their work or moved elsewhere. Packaging discussion, once the domain of the Distutils-SIG, now takes place in the Packaging category of the \`discussion forums </community/forums/>\`_. The archives of retired groups remain online at \`mail.python.org <https://mail.python.org/>\`_ as a record of how decisions were made.

Starting a SIG
--------------

A new SIG makes sense when a topic has enough interested people, a clear goal and nowhere better to discuss it. To propose one:

1. Write a short charter: the topic, the goals and how you will know the group has finished its work.
2. Post it to Meta-SIG and gather support.
3. Find at least one person willing to coordinate the group and moderate its list.

SIG lists follow the \`Code of Conduct </psf/codeofconduct/>\`_, like all PSF-hosted \`mailing lists </community/lists/>\`_.`,
  },
  {
    path: "community/logos",
    title: "The Python logo",
    keywords: "python, logo, brand, trademark, artwork",
    description: "The Python logo, how to use it, and where to ask about uses not covered here.",
    markup: "markdown",
    body: `The Python logo shows two stylised snakes, one blue and one yellow, forming a shape that can be read as a plus sign or as two interlocking pieces. It was designed by Tim Parkin and has been the face of the language since the mid-2000s. The logo and the word "Python" are trademarks of the Python Software Foundation.

## Using the logo

You may use the logo without asking permission in many common situations, for example:

- to show that your project, book, course or website is about Python or uses Python;
- on slides for a talk about Python, or on a user group's website;
- on stickers or t-shirts made by a community group, when they are not sold for profit.

Please do **not**:

- change the shapes, proportions or colours of the logo, except to use a single colour where full colour is not possible;
- combine the logo with your own logo in a way that suggests your product is made or endorsed by the PSF;
- use the logo as the main logo of a commercial product.

The details, including when you need a licence, are in the [trademark usage policy](/psf/trademarks/). If you are unsure whether a use is allowed, write to psf-trademarks@python.org before you print anything.

## Files and colours

The logo is available as vector files (SVG and EPS) and as PNG images in several sizes, with and without the word "python". Use the vector files whenever you can; they scale cleanly from a favicon to a banner. The official colours are a blue of about #3776AB and a yellow of about #FFD43B.

## Related

The PyCon name and logo have a [policy of their own](/psf/trademarks/pycon/). Official Python merchandise is described on the [merchandise page](/community/merchandise/).`,
  },
  {
    path: "community/merchandise",
    title: "Python merchandise",
    keywords: "python, merchandise, t-shirts, stickers, shop",
    description: "Python shirts, stickers and other goods, and how buying them supports the PSF.",
    markup: "html",
    body: `<p>Want to show your love for Python? The Python Software Foundation offers shirts, mugs, stickers and other items featuring the Python logo. Every purchase from the official store supports the PSF's work for the language and its community.</p>
<h2>The official store</h2>
<p>The PSF's online store is run by a print-on-demand partner, which ships to many countries. The range changes over time, but usually includes:</p>
<ul>
<li>t-shirts and hoodies in several cuts and sizes,</li>
<li>mugs and water bottles,</li>
<li>stickers and laptop decals,</li>
<li>bags and other accessories.</li>
</ul>
<p>A share of the price of every item goes to the PSF. The store is announced on the <a href="https://pyfound.blogspot.com/">PSF blog</a> whenever new designs are added.</p>
<h2>At conferences</h2>
<p>PyCon US and many other <a href="/community/workshops/">Python conferences</a> sell their own shirts and swag, often with designs made for that year's event. Buying them helps keep ticket prices low.</p>
<h2>Making your own</h2>
<p>User groups and conferences often make their own stickers and shirts. That is welcome, as long as the design follows the <a href="/psf/trademarks/">trademark usage policy</a>: do not alter the logo, and do not suggest that your goods are official PSF products. The <a href="/community/logos/">logo page</a> has the artwork and the colours. If you want to sell items that carry the Python logo, please ask psf-trademarks@python.org first.</p>
<h2>Other ways to support Python</h2>
<p>Merchandise is a fun way to help, but the most direct support is a <a href="/psf/donations/">donation to the PSF</a> or a <a href="/psf/membership/">PSF membership</a>. Companies can become <a href="/psf/sponsorship/">PSF sponsors</a>.</p>`,
  },
  {
    path: "community/awards",
    title: "Community awards",
    keywords: "python, awards, community service award, distinguished service award, fellows",
    description: "The awards the PSF gives to recognise outstanding work for the Python community.",
    markup: "restructuredtext",
    body: `Much of what makes Python successful is done by volunteers: people who organise events, answer questions, mentor newcomers, translate documentation and keep infrastructure running. The Python Software Foundation gives several kinds of recognition to thank them.

Community Service Awards
------------------------

The Community Service Award recognises people who have made a significant contribution to the Python community through volunteer work. It is awarded several times a year by the PSF Board, and recipients receive a small honorarium along with the recognition. Recipients do not need to be PSF members, and small organisations can also be recognised.

Distinguished Service Award
---------------------------

The Distinguished Service Award is the PSF's highest honour. It is given rarely, to individuals whose work has had a lasting and significant impact on Python and its community over many years.

PSF Fellows
-----------

Fellows are members of the PSF who have been nominated for their extraordinary efforts and impact on Python, in the community or in the wider ecosystem. Fellowship is a lifetime recognition and comes with voting rights in the PSF. A working group of existing Fellows reviews the nominations each quarter. See the \`membership page </psf/membership/>\`_ for the other classes of membership.

Nominating someone
------------------

Anyone can nominate anyone:

1. Describe what the person has done, for whom, and over how long.
2. Give links that help reviewers see the work, such as events, projects or posts.
3. Send the nomination through the form announced on the \`PSF blog <https://pyfound.blogspot.com/>\`_, or write to psf@python.org.

Nominations are confidential. If your nominee is not chosen this time, you may nominate them again later with more detail.

Past recipients
---------------

Announcements of past awards are published on the PSF blog and recorded in the \`board minutes </psf/records/board/minutes/>\`_.`,
  },
];

/** Demo pages about the PSF grants program and the Code of Conduct, in our own words. */
import { PSF_TEMPLATE, type PageSeed } from "./types";

export const PSF_GRANTS_PAGES: PageSeed[] = [
  {
    path: "psf/grants",
    title: "PSF grants program",
    keywords: "psf, grants, funding, conferences, workshops, sprints",
    description: "What the PSF grants program funds, who can apply and how to apply.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation's grants program gives money to people and groups who grow the Python community. Grants have funded first-time conferences, beginner workshops, development sprints, translations and much more, in every region of the world.

## What we fund

- **Conferences and events**: Python conferences, PyData and Django events, and similar gatherings, especially where there is no established event yet.
- **Workshops**: training for beginners, teachers or groups under-represented in tech.
- **Sprints**: time for contributors to work together on open-source Python projects.
- **Community projects**: translations, learning material and other work that benefits Python users broadly.

We generally do not fund individual travel, salaries for ongoing work, hardware for personal use, or events that are mainly commercial.

## Who can apply

Anyone: individuals, user groups, non-profit organisations and, for community events, companies acting as organisers. You do not need to be a PSF member. Events must have a code of conduct, and we expect organisers to make them welcoming, as described in the [PSF Code of Conduct](/psf/codeofconduct/).

## How to apply

1. Read the [grants FAQ](/psf/grants/faq/) to check that your project fits.
2. Prepare a short description, the expected audience, a budget, and the amount you are requesting.
3. Submit the application form well before your event; we recommend at least eight weeks ahead.
4. The Grants Working Group reviews your application and may ask questions. Large requests go to the Board.
5. If approved, you sign a grant agreement and the funds are sent; after the event, you send a short report.

## Guidance on amounts

There is no fixed maximum, but the Grants Working Group works within a yearly budget and spreads it across many regions. Requests that show local fundraising and other sponsors are easier to approve. Questions can be sent to grants@python.org.

## Beware of scams

The PSF only pays grants that were applied for. If you receive an unexpected offer of money in the PSF's name, read about [suspicious checks](/psf/fraud/).`,
  },
  {
    path: "psf/grants/faq",
    title: "Grants program FAQ",
    keywords: "psf, grants, faq, questions, application",
    description: "Answers to common questions about applying for a PSF grant.",
    markup: "restructuredtext",
    template: PSF_TEMPLATE,
    body: `These answers cover the questions applicants ask most often. If yours is not here, write to grants@python.org. For an overview of the program, start with the \`grants program page </psf/grants/>\`_.

Applying
--------

**How far in advance should I apply?**
   At least eight weeks before the money is needed. Reviews take time, especially for large requests that the Board must approve, and funds must be transferred before your event.

**Can I apply for a grant after my event?**
   Generally no. Grants are meant to make things possible, not to cover deficits after the fact.

**Do I have to be a PSF member?**
   No. Anyone may apply.

**Can I apply for several events at once?**
   Yes, but please send a separate application for each event, so that each can be reviewed on its own merits.

Budgets and payment
-------------------

**What should the budget include?**
   Expected income, including tickets and sponsors, and expected expenses, such as venue, food, travel for speakers and accessibility. Say which items you want the grant to cover.

**How is the money paid?**
   By bank transfer or another method agreed with the PSF's accounting staff, once the grant agreement is signed. Transfers to some countries take longer; the staff will tell you what to expect.

**What if the event is cancelled or changes?**
   Tell us straight away. Depending on the circumstances, you may be asked to return unspent funds or to use them for a rescheduled event.

After the grant
---------------

**Do I need to report back?**
   Yes. Send a short report after the event: how many people attended, what went well, and how the money was spent. Photos are welcome.

**Do I need to credit the PSF?**
   Please mention the PSF as a sponsor on your website and materials, following the \`logo guidelines </community/logos/>\`_.

Other questions
---------------

**My event is called PyCon. Is that allowed?**
   Community events may use the name under the \`PyCon trademark policy </psf/trademarks/pycon/>\`_. Check it before you announce your event.`,
  },
  {
    path: "psf/codeofconduct",
    title: "Python Software Foundation Code of Conduct",
    keywords: "psf, code of conduct, community, behaviour, report",
    description: "The standards of behaviour expected in PSF spaces, and how to report a problem.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python community is made of people from around the world with many different backgrounds and points of view. This Code of Conduct describes how we expect everyone to behave in spaces run by the Python Software Foundation, so that all participants can take part safely and with dignity.

## Where it applies

The Code applies to every PSF space and activity: the [discussion forums](/community/forums/), PSF [mailing lists](/community/lists/), PyCon US, PSF working groups and the PSF's social media. Many conferences and user groups have adopted it for their own events.

## Behaviour we expect

- Be open to people with different experience and ideas, and assume good intentions.
- Be considerate: your words and actions affect others, including people who are not in the conversation.
- Be respectful, also when you disagree. Criticise ideas, not people.
- Use welcoming and inclusive language, and accept constructive feedback gracefully.
- Take care of each other, and alert organisers or moderators if you see a problem.

## Behaviour we do not accept

1. Harassment of any kind, including unwelcome attention, stalking and intimidation.
2. Insults or demeaning remarks about a person's identity, background or abilities.
3. Sexual language or imagery where it is not appropriate, which is almost everywhere in our spaces.
4. Publishing someone's private information without their consent.
5. Repeated disruption of discussions, talks or events.

## Reporting a problem

If you experience or witness unacceptable behaviour, contact the Code of Conduct Working Group at conduct-wg@python.org, or speak to the organisers or moderators of the space where it happened. Reports are handled confidentially. You will not be penalised for making a report in good faith.

## Consequences

Depending on the situation, responses range from a private conversation to a warning, a temporary or permanent ban from PSF spaces, or removal from an event. The working group documents its decisions and the reasons for them.

The Code is maintained by the [Code of Conduct Working Group](/psf/committees/). See also our commitment to [diversity and inclusion](/community/diversity/).`,
  },
];

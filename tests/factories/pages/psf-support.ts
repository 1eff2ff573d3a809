/** Demo pages about supporting the PSF: sponsorship, membership, donations, volunteering. */
import { PSF_TEMPLATE, type PageSeed } from "./types";

export const PSF_SUPPORT_PAGES: PageSeed[] = [
  {
    path: "psf/sponsorship",
    title: "Sponsoring the PSF",
    keywords: "psf, sponsorship, sponsors, companies, pycon",
    description: "How organisations can support Python by sponsoring the Python Software Foundation.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `Companies and other organisations that depend on Python can support it directly by sponsoring the Python Software Foundation. Sponsorship funds the infrastructure, staff and community programs that keep Python healthy, and it shows your developers and customers that you invest in the tools you use.

## What sponsorship pays for

- Operating the Python Package Index, which serves packages to almost every Python user in the world.
- Staff who work on CPython, packaging security and the release process.
- The [grants program](/psf/grants/), which funds events and projects worldwide.
- PyCon US, including the financial aid that lets people attend who otherwise could not.

## How it works

The PSF offers a single sponsorship program with several levels. Each level comes with a package of benefits, such as recognition on python.org and PyPI, booth space and tickets at PyCon US, and mentions in the PSF's communications. Sponsors can also choose individual benefits à la carte, and some fund a specific project, such as a developer role or an infrastructure improvement.

## Becoming a sponsor

1. Review the levels and benefits, and pick the package that fits your budget and goals.
2. Submit an application through your python.org account.
3. The PSF's sponsorship team confirms the details and sends a contract and invoice.
4. Once the agreement is signed, your benefits are activated and your logo appears with the other [current sponsors](https://www.python.org/psf/sponsors/).

Sponsorship runs for a year from the start date and can be renewed. The PSF is a 501(c)(3) non-profit, so in the United States part of a sponsorship may be tax deductible; consult your own adviser.

## Questions

Write to sponsors@python.org. Individuals who want to help can [donate](/psf/donations/) or [become members](/psf/membership/).`,
  },
  {
    path: "psf/membership",
    title: "PSF membership",
    keywords: "psf, membership, members, voting, fellows, faq",
    description: "The classes of PSF membership, who may vote, and how to join.",
    markup: "restructuredtext",
    template: PSF_TEMPLATE,
    body: `Anyone who uses Python, or who wants to support it, can become a member of the Python Software Foundation. Membership is a way to belong to the organisation behind the language, and voting members elect the Board of Directors and approve changes to the \`bylaws </psf/bylaws/>\`_.

Classes of membership
---------------------

Basic members
   Anyone can be a Basic member, free of charge, by signing up and agreeing to follow the \`Code of Conduct </psf/codeofconduct/>\`_. Basic members do not vote.

Supporting members
   People who give the PSF a yearly contribution at or above the published amount. Supporting members can vote.

Contributing members
   People who volunteer for open-source projects or for the Python community for at least a few hours each month, on average. They certify this themselves each year and can vote.

Managing members
   People who volunteer a similar amount of time for the PSF itself, for example in a \`working group </psf/committees/>\`_. Managing members can vote.

Fellows
   Members nominated and elected for exceptional contributions to Python. Fellowship is for life and includes voting rights; see \`community awards </community/awards/>\`_.

How to join
-----------

1. \`Create an account </accounts/signup/>\`_ on python.org, or sign in to your existing one.
2. Choose a membership class from your account page and fill in the form.
3. For Supporting membership, complete the payment; for Contributing and Managing, confirm your volunteer hours.

Frequently asked questions
--------------------------

**Can I be a member if I live outside the United States?**
   Yes. Members come from all over the world.

**Will my name be public?**
   Only if you agree. Members who opt in are listed on the \`membership roster </psf/members/>\`_.

**How do I vote?**
   Eligible members receive ballots by email before each election. Make sure your email address is current.

**How are the classes compared?**
   See the \`membership league table </psf/league/>\`_.`,
  },
  {
    path: "psf/members",
    title: "PSF membership roster",
    keywords: "psf, members, roster, fellows, list",
    description: "Who the members of the Python Software Foundation are, and how the roster is kept.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation has members in many countries, from students to founders of the language. This page explains the membership roster and how you can appear on it.

## Who is listed

The roster shows members who have chosen to make their membership public. For each of them it shows the name they chose and the class of membership. Members who prefer privacy are counted in the totals but not named.

PSF Fellows are listed separately, as a lasting record of the people the community has chosen to honour. The [Fellows roster](https://www.python.org/psf/fellows-roster/) gives the year in which each Fellow was recognised.

## Updating your entry

Your entry is taken from your python.org account. To change the name shown, switch between public and private, or update your email address, sign in and edit your membership details. Changes appear on the roster within a day.

If you believe an entry is wrong, for example because a member has passed away or the name belongs to someone else, please write to psf@python.org. We handle such requests with care.

## Membership numbers

Membership has grown steadily since the PSF opened Basic membership to everyone. Voting members, that is Supporting, Contributing and Managing members and Fellows, elect the Board each year. The number eligible to vote in an election is announced with the results on the [PSF blog](https://pyfound.blogspot.com/).

## Join the roster

Not a member yet? Read about the [classes of membership](/psf/membership/), compare them in the [league table](/psf/league/), and [create an account](/accounts/signup/) to sign up. Membership is free for Basic members, and every member is expected to follow the [Code of Conduct](/psf/codeofconduct/).`,
  },
  {
    path: "psf/league",
    title: "PSF membership league",
    keywords: "psf, membership, league, classes, voting",
    description: "The classes of PSF membership side by side: what each asks of you and what it gives.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The PSF has several classes of membership, and it is not always obvious which one fits you. The table below puts them side by side. Full details are in the [membership FAQ](/psf/membership/) and, where they differ, the [bylaws](/psf/bylaws/) take precedence.

| Class | How you qualify | Cost | Votes in elections | Renewal |
| --- | --- | --- | --- | --- |
| Basic | Sign up and agree to the Code of Conduct | Free | No | None needed |
| Supporting | A yearly contribution to the PSF | Yearly fee | Yes | Every year |
| Contributing | Volunteer time for open source or the community | Free | Yes | Self-certify yearly |
| Managing | Volunteer time for the PSF itself | Free | Yes | Self-certify yearly |
| Fellow | Nominated and elected for outstanding work | Free | Yes | For life |

## Choosing a class

- **You use Python and want to show support:** start as a Basic member. It costs nothing and keeps you informed.
- **You can give money but not much time:** Supporting membership turns your contribution into a vote.
- **You maintain a package, organise a meetup or answer questions regularly:** you probably qualify as a Contributing member. Count the hours you spend over a typical month.
- **You serve on a PSF working group or help run PSF events:** Managing membership is for you.

You can move between classes at any time from your python.org account. Your vote is counted once, whatever class gives it to you.

## Why voting matters

Voting members elect the Board of Directors, which approves the PSF's budget, grants and policies. Elections are held once a year. The more members vote, the better the Board represents the whole community.

Ready to join? [Create an account](/accounts/signup/), then pick your class. To see who has joined already, visit the [membership roster](/psf/members/).`,
  },
  {
    path: "psf/donations",
    title: "Donate to the PSF",
    keywords: "psf, donate, donations, support, tax deductible",
    description: "Ways to give money to the Python Software Foundation and what your gift pays for.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `The Python Software Foundation relies on the generosity of the community. Donations of every size help keep Python free, secure and supported, and they fund the people and programmes the community depends on.

## What your donation supports

- **Infrastructure** such as python.org and the Python Package Index.
- **Grants** for workshops, conferences and projects through the [grants program](/psf/grants/).
- **Financial aid** so that more people can attend PyCon US.
- **Staff** who improve CPython, its security and its release process.

## Ways to give

1. **Online.** Give once or monthly by card or other online methods at [donate.python.org](https://donate.python.org/).
2. **Through your employer.** Many companies match their employees' charitable gifts. Ask your human resources team whether the PSF qualifies.
3. **By cheque or bank transfer.** Write to psf-donations@python.org for the details.
4. **Through a donor-advised fund** or a foundation; the PSF can provide the information your fund needs.
5. **As a member.** A [Supporting membership](/psf/membership/) combines a yearly contribution with a vote in PSF elections.

## Tax information

The PSF is a 501(c)(3) non-profit organisation in the United States, so donations from US taxpayers are generally tax deductible. You will receive a receipt by email. Donors in other countries should check their local rules.

## Other ways to help

Money is not the only gift. You can [volunteer](/psf/volunteer/), nominate someone for a [community award](/community/awards/), or ask your company to become a [sponsor](/psf/sponsorship/).

## Be careful

The PSF never asks for money by sending unsolicited cheques or prize notices. If you receive something suspicious that claims to come from us, read the [suspicious checks](/psf/fraud/) page.`,
  },
  {
    path: "psf/volunteer",
    title: "Volunteer for the PSF",
    keywords: "psf, volunteer, help, community, pycon",
    description: "Ways to give your time to the Python Software Foundation and the community.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `Volunteers are the backbone of the Python community. The PSF has a small staff, and most of what happens around Python, from conferences to documentation translations, is done by people giving their time. There is a place for every skill and every amount of spare time.

## Ways to help the PSF

- **Join a working group.** Groups such as the grants and code of conduct groups need steady volunteers; see [working groups](/psf/committees/).
- **Help at PyCon US.** The conference needs hundreds of volunteers for registration, session chairing, the job fair and more. Even one shift makes a difference.
- **Review grant applications** from your region, where local knowledge is especially valuable.
- **Improve python.org.** The website's code is open source, and its content needs writers and editors.

## Ways to help the wider community

1. Organise or help at a local user group or [conference](/community/workshops/).
2. Mentor newcomers, for example through [Core Mentorship](/dev/core-mentorship/).
3. Answer questions on the [forums](/community/forums/).
4. Translate the Python documentation into your language.

## What to expect

Volunteering should be rewarding, not exhausting. Say how much time you can give, and it is fine to step back when you need to. All volunteers follow the [Code of Conduct](/psf/codeofconduct/) and can expect the same respect in return.

## Recognition

If you volunteer regularly, you may qualify as a Contributing or Managing [member](/psf/membership/), which gives you a vote in PSF elections. Outstanding volunteers can be nominated for [community awards](/community/awards/).

## Getting started

Write to psf@python.org with a few lines about yourself and what you would like to do, and we will put you in touch with the right people.`,
  },
  {
    path: "psf/contrib",
    title: "Contribution forms",
    keywords: "psf, contributor agreement, cla, license, forms",
    description: "The contributor licence agreement and other forms for contributing to Python.",
    markup: "html",
    template: PSF_TEMPLATE,
    body: `<p>Before a contribution can become part of Python, the Python Software Foundation needs permission to distribute it under Python's <a href="/psf/license/">licence</a>. The forms described here give that permission while letting contributors keep the copyright of their own work.</p>
<h2>Contributor Licence Agreement</h2>
<p>Everyone who contributes code or documentation to CPython signs the Contributor Licence Agreement (CLA) once. By signing, you confirm that you have the right to contribute your work, and you grant the PSF a licence to distribute it under any open-source licence the PSF chooses. You remain the owner of your contribution.</p>
<h3>How to sign</h3>
<ol>
<li>Open a pull request on the <a href="https://github.com/python/cpython">CPython repository</a>.</li>
<li>An automated check links your GitHub account to the agreement and asks you to sign if you have not yet done so.</li>
<li>Sign electronically; the check turns green, and your pull request can be reviewed and merged.</li>
</ol>
<p>The agreement only needs to be signed once, and it covers all your future contributions.</p>
<h2>Contributing on behalf of an employer</h2>
<p>If your employer may own what you write, check with them before you sign. Some employers prefer to sign on behalf of the company; write to psf@python.org to arrange this.</p>
<h2>Other contributions</h2>
<ul>
<li>Gifts of money are described on the <a href="/psf/donations/">donations page</a>.</li>
<li>Organisations that want to support Python can <a href="/psf/sponsorship/">sponsor the PSF</a>.</li>
<li>For how to start contributing code, see <a href="/dev/">Contributing to Python</a>.</li>
</ul>
<p>Questions about the forms can be sent to psf@python.org.</p>`,
  },
  {
    path: "psf/fraud",
    title: "Suspicious checks and scams",
    keywords: "psf, fraud, scam, checks, phishing",
    description: "How to recognise scams that misuse the name of the Python Software Foundation.",
    markup: "markdown",
    template: PSF_TEMPLATE,
    body: `From time to time, people receive cheques, letters or emails that claim to come from the Python Software Foundation but do not. They are scams. This page explains how to recognise them and what to do.

## Common patterns

- A cheque arrives by post "from the PSF", with a letter asking you to deposit it and send part of the money back, or on to someone else.
- An email announces that you have won a prize or a grant you never applied for, and asks for a fee or your bank details.
- A message asks you to pay an invoice for a PSF membership, sponsorship or service you did not order.

Counterfeit cheques can look convincing and may even appear to clear at first. When the bank finds out weeks later that the cheque is fake, you are responsible for the full amount.

## What the PSF does and does not do

1. The PSF **never** sends unsolicited cheques or prize money.
2. Grants are paid only to people who applied through the [grants program](/psf/grants/) and were told in writing that they had been approved.
3. The PSF will never ask you to send money back, buy gift cards or pay a fee to receive money.

## If you receive one

- Do not deposit the cheque, reply to the message or send any money.
- Write to psf@python.org with a description or a scan, so that we can confirm whether it is genuine and warn others.
- Report the fraud to your bank and, if you lost money, to the police or your local consumer protection authority.

## Stay safe

Scammers choose the PSF's name because it is trusted. When in doubt, contact us using the addresses published on this site, not the ones given in a suspicious message. Genuine ways to give to the PSF are listed on the [donations page](/psf/donations/).`,
  },
];

/** Demo pages about contributing to Python and reporting security issues, in our own words. */
import type { PageSeed } from "./types";

export const DEV_PAGES: PageSeed[] = [
  {
    path: "dev",
    title: "Contributing to Python",
    keywords: "python, core development, contributing, cpython, devguide, pep",
    description: "How Python itself is developed, and where to start if you want to help.",
    markup: "restructuredtext",
    body: `Python is developed in the open by a team of core developers and a much larger group of contributors. Anyone can take part: by fixing bugs, reviewing pull requests, improving the documentation or testing new releases before they come out.

Where the work happens
----------------------

* The source code of CPython, the reference implementation, is on GitHub at \`python/cpython <https://github.com/python/cpython>\`_.
* Bugs and feature requests are tracked in the \`CPython issue tracker <https://github.com/python/cpython/issues>\`_.
* Changes to the language are proposed and recorded in \`Python Enhancement Proposals <https://peps.python.org/>\`_.
* Day-to-day discussion takes place in the Core Development category of \`discuss.python.org <https://discuss.python.org/>\`_.

Getting started
---------------

The \`Python Developer's Guide <https://devguide.python.org/>\`_ is the handbook for contributors. It explains how to build CPython from source, run the test suite, write a good pull request and get it reviewed. A good first contribution is often small:

1. Reproduce a reported bug and add the details to the issue.
2. Fix a typo or unclear sentence in the documentation.
3. Add a missing test for an existing behaviour.
4. Review someone else's pull request and try it out locally.

Before your first pull request can be merged, you will be asked to sign the contributor licence agreement; see \`contribution forms </psf/contrib/>\`_.

Governance
----------

Decisions about the language are made by the Python Steering Council, five people elected by the core developers for each release cycle, as described in \`PEP 13 <https://peps.python.org/pep-0013/>\`_. Release managers coordinate each version from the first alpha to the final bugfix release.

Help along the way
------------------

If you would like guidance from experienced contributors, join the \`Core Mentorship program </dev/core-mentorship/>\`_. If you have found a security problem, please do not open a public issue: follow the steps on the \`security page </news/security/>\`_ instead.`,
  },
  {
    path: "dev/core-mentorship",
    title: "Core Mentorship",
    keywords: "python, mentorship, core development, contributors, newcomers",
    description:
      "A welcoming place to learn how to contribute to CPython, with help from experienced developers.",
    markup: "restructuredtext",
    body: `Contributing to a project the size of CPython can feel daunting. The Core Mentorship program exists to make the first steps easier. It connects people who want to contribute with core developers and experienced contributors who are happy to answer questions, explain how things work and review early attempts.

Who it is for
-------------

The program is for anyone who would like to contribute to Python itself, whatever their background. You do not need to be an expert programmer. Some participants have years of experience in other projects; others are making their very first open-source contribution. People from groups that are under-represented in open source are especially encouraged to take part.

What you can ask about
----------------------

* Setting up a development environment and building CPython from source.
* Finding an issue that fits your skills and interests.
* Understanding the review process and what reviewers look for.
* Git, GitHub and the workflow described in the \`Developer's Guide <https://devguide.python.org/>\`_.
* Writing tests and documentation.

No question is considered too basic. Mentors would much rather answer a simple question than have someone give up in silence.

How to join
-----------

1. Subscribe to the \`core-mentorship mailing list <https://mail.python.org/mailman3/lists/core-mentorship.python.org/>\`_. Its archives are private, so you can ask freely.
2. Introduce yourself: what you know, what you would like to work on and how much time you have.
3. Pick an issue, ask for pointers, and open your first pull request.

Expectations
------------

Mentors are volunteers, so answers may take a day or two. Everyone in the program, mentors and participants alike, follows the \`Code of Conduct </psf/codeofconduct/>\`_. For the bigger picture of how Python is developed, see \`Contributing to Python </dev/>\`_.`,
  },
  {
    path: "news/security",
    title: "Reporting security issues in Python",
    keywords: "python, security, vulnerability, psrt, report, advisory",
    description: "How to report a security vulnerability in Python, and how fixes are announced.",
    markup: "markdown",
    body: `The Python Security Response Team (PSRT) handles reports of security vulnerabilities in the Python interpreter, its standard library and the infrastructure of python.org. If you think you have found one, please tell us privately so that a fix can be prepared before details become public.

## How to report

- **Email security@python.org.** The address reaches a small group of trusted core developers and infrastructure staff.
- **Or use GitHub's private reporting** on the [CPython repository](https://github.com/python/cpython/security), which keeps the report and the discussion confidential.

Please include:

1. the Python version and operating system affected;
2. a description of the problem and its impact;
3. the steps, or a short script, that reproduce it;
4. whether the issue is already known to others, and any timeline you need to work with.

Please do **not** open a public issue, post on the forums or mention the problem on social media before a fix is released.

## What happens next

A member of the PSRT will acknowledge your report, usually within a few days, and work with you to confirm the problem. Fixes are developed privately, released in new versions of Python, and then described in an advisory. With your agreement, you will be credited in the advisory.

## Third-party packages and PyPI

The PSRT does not handle vulnerabilities in packages published on PyPI; please report those to the package's maintainers. Security problems with [PyPI](https://pypi.org/) itself should be reported as described in its security policy.

## Staying informed

Security fixes are announced on the security-announce [mailing list](/community/lists/) and in the release notes of each Python version. Keep your interpreter up to date: the [downloads page](/downloads/) always has the latest release of each supported version, and [all versions of the documentation](/doc/versions/) list their release status.`,
  },
];

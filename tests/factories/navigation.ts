/**
 * The site menus (django-sitetree on python.org, fixtures/sitetree_menus.json): one tree "main" whose roots are
 * the network trunk (Python, PSF, Docs, PyPI, Jobs, Community). Titles, URLs and structure follow the fixture;
 * URL names are resolved to our paths, internal paths end in "/", python.org links are relative, and the
 * placeholder items (comingsoon, inner) are left out.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type MenuSeed = {
  title: string;
  url: string;
  alias?: string;
  hint?: string;
  hidden?: boolean;
  inMenu?: boolean;
  inBreadcrumbs?: boolean;
  children?: MenuSeed[];
};

export const SITE_TREE: MenuSeed[] = [
  {
    title: "Python",
    url: "/",
    alias: "python-meta",
    hint: "The Python Programming Language",
    children: [
      {
        title: "About",
        url: "/about/",
        alias: "about",
        children: [
          { title: "Applications", url: "/about/apps/" },
          { title: "Quotes", url: "/about/quotes/" },
          { title: "Getting Started", url: "/about/gettingstarted/" },
          { title: "Help", url: "/about/help/" },
          { title: "Python Brochure", url: "http://brochure.getpython.info/" },
        ],
      },
      {
        title: "Downloads",
        url: "/downloads/",
        children: [
          { title: "All releases", url: "/downloads/" },
          { title: "Source code", url: "/downloads/source/" },
          { title: "Windows", url: "/downloads/windows/" },
          { title: "macOS", url: "/downloads/macos/" },
          { title: "Android", url: "/downloads/android/" },
          { title: "iOS", url: "/downloads/ios/" },
          { title: "Other Platforms", url: "/download/other/" },
          { title: "License", url: "https://docs.python.org/3/license.html" },
          { title: "Alternative Implementations", url: "/download/alternatives/" },
        ],
      },
      {
        title: "Documentation",
        url: "/doc/",
        children: [
          { title: "Docs", url: "/doc/" },
          { title: "Audio/Visual Talks", url: "/doc/av/" },
          { title: "Beginner's Guide", url: "https://wiki.python.org/moin/BeginnersGuide" },
          { title: "FAQ", url: "https://docs.python.org/3/faq/" },
          { title: "Non-English Docs", url: "https://translations.python.org" },
          { title: "PEP Index", url: "https://peps.python.org" },
          { title: "Python Books", url: "https://wiki.python.org/moin/PythonBooks" },
          { title: "Python Essays", url: "/doc/essays/" },
        ],
      },
      {
        title: "Community",
        url: "/community/",
        children: [
          { title: "Community Survey", url: "/community/survey/" },
          { title: "Diversity", url: "/community/diversity/" },
          { title: "Mailing Lists", url: "/community/lists/" },
          { title: "IRC", url: "/community/irc/" },
          { title: "Forums", url: "/community/forums/" },
          { title: "Python Conferences", url: "/community/workshops/" },
          { title: "Special Interest Groups", url: "/community/sigs/" },
          { title: "Python Logo", url: "/community/logos/" },
          { title: "Python Wiki", url: "https://wiki.python.org/moin/" },
          { title: "Merchandise", url: "/community/merchandise/" },
          { title: "Community Awards", url: "/community/awards/" },
          { title: "Code of Conduct", url: "/psf/codeofconduct/" },
        ],
      },
      {
        title: "Success Stories",
        url: "/success-stories/",
        children: [
          { title: "Arts", url: "/success-stories/category/arts/" },
          { title: "Business", url: "/success-stories/category/business/" },
          { title: "Education", url: "/success-stories/category/education/" },
          { title: "Engineering", url: "/success-stories/category/engineering/" },
          { title: "Government", url: "/success-stories/category/government/" },
          { title: "Scientific", url: "/success-stories/category/scientific/" },
          { title: "Software Development", url: "/success-stories/category/software-development/" },
        ],
      },
      {
        title: "News",
        url: "/blogs/",
        hint: "Python news and blogs",
        children: [
          { title: "Python News", url: "/blogs/", hint: "Python Insider Blog Posts" },
          { title: "Community News", url: "http://planetpython.org/", hint: "Planet Python" },
          { title: "PSF News", url: "http://pyfound.blogspot.com/", hint: "PSF Blog" },
          { title: "PyCon News", url: "http://pycon.blogspot.com/", hint: "PyCon Blog" },
        ],
      },
      {
        title: "Events",
        url: "/events/",
        children: [
          { title: "Python Events", url: "/events/python-events/" },
          { title: "User Group Events", url: "/events/python-user-group/" },
          { title: "Python Events Archive", url: "/events/python-events/past/" },
          { title: "User Group Events Archive", url: "/events/python-user-group/past/" },
          {
            title: "Submit an Event",
            url: "https://wiki.python.org/moin/PythonEventsCalendar#Submitting_an_Event",
          },
          { title: "Categories", url: "/events/python-events/categories/", hidden: true },
        ],
      },
      {
        title: "Contributing",
        url: "/dev/",
        alias: "python-footer",
        inBreadcrumbs: false,
        children: [
          { title: "Developer's Guide", url: "https://devguide.python.org/" },
          { title: "Issue Tracker", url: "https://github.com/python/cpython/issues/" },
          { title: "python-dev list", url: "https://mail.python.org/mailman/listinfo/python-dev" },
          { title: "Core Mentorship", url: "/dev/core-mentorship/" },
          { title: "Report a Security Issue", url: "/news/security/" },
        ],
      },
    ],
  },
  {
    title: "PSF",
    url: "/psf-landing/",
    alias: "psf-meta",
    hint: "The Python Software Foundation",
    children: [
      {
        title: "About",
        url: "/psf/about/",
        children: [
          { title: "Executive Summary", url: "/psf/summary/" },
          { title: "Mission statement", url: "/psf/mission/" },
          { title: "Public records", url: "/psf/records/" },
          { title: "PSF Workgroups", url: "/psf/committees/" },
        ],
      },
      {
        title: "Sponsorship",
        url: "/psf/sponsorship/",
        children: [{ title: "PSF Sponsors", url: "/psf/sponsors/" }],
      },
      {
        title: "Membership",
        url: "/psf/membership/",
        children: [
          { title: "Membership FAQ", url: "/psf/membership/" },
          { title: "Membership roster", url: "/psf/members/" },
          { title: "League", url: "/psf/league/" },
          { title: "Sign up as member", url: "/users/membership/" },
          { title: "Community Awards", url: "/community/awards/" },
          {
            title: "Self-certify as voting member",
            url: "http://pyfound.blogspot.de/2015/02/enroll-as-psf-voting-member.html",
          },
          { title: "Python Community Code of Conduct", url: "/psf/codeofconduct/" },
        ],
      },
      {
        title: "Donations",
        url: "/psf/donations/",
        children: [
          { title: "Donations", url: "/psf/donations/" },
          { title: "Volunteer", url: "/psf/volunteer/" },
          { title: "Contribution forms", url: "/psf/contrib/" },
          { title: "Suspicious checks", url: "/psf/fraud/" },
          { title: "Outreach & Education", url: "/psf/grants/", hidden: true },
          {
            title: "Sprints Funding",
            url: "/psf/grants/",
            hidden: true,
            inMenu: false,
            inBreadcrumbs: false,
          },
        ],
      },
      {
        title: "Grants",
        url: "/psf/grants/",
        children: [
          { title: "Grants program", url: "/psf/grants/" },
          { title: "Grants Program FAQ", url: "/psf/grants/faq/" },
        ],
      },
      {
        title: "Legal",
        url: "/about/legal/",
        children: [
          { title: "Bylaws", url: "/psf/bylaws/" },
          {
            title: "Trademark policy",
            url: "/psf/trademarks/",
            children: [{ title: "PyCon Trademark Policy", url: "/psf/trademarks/pycon/" }],
          },
          { title: "Weblog policy", url: "/psf/weblog-policy/" },
          { title: "License", url: "/psf/license/" },
        ],
      },
      {
        title: "Media",
        url: "/psf/press-release/",
        children: [
          { title: "Press releases", url: "/psf/press-release/" },
          { title: "Logo", url: "/community/logos/" },
        ],
      },
      { title: "PSF Blog", url: "http://pyfound.blogspot.com/" },
    ],
  },
  { title: "Docs", url: "https://docs.python.org", alias: "docs-meta", hint: "Python Documentation" },
  { title: "PyPI", url: "https://pypi.org/", alias: "pypi-meta", hint: "Python Package Index" },
  {
    title: "Jobs",
    url: "/jobs/",
    alias: "jobs-meta",
    hint: "Python Job Board",
    children: [
      { title: "Types", url: "/jobs/types/", children: [{ title: "All Job Types", url: "/jobs/types/" }] },
      {
        title: "Categories",
        url: "/jobs/categories/",
        children: [{ title: "All Company Category", url: "/jobs/categories/" }],
      },
      {
        title: "Locations",
        url: "/jobs/locations/",
        children: [{ title: "All Job Locations", url: "/jobs/locations/" }],
      },
      { title: "Submit", url: "/jobs/create/" },
    ],
  },
  { title: "Community", url: "/community/", alias: "shop-meta", hint: "Python Community" },
];

/** Every internal path in the tree, once each, in tree order (the CMS demo pages cover these). */
export function siteTreeInternalUrls(items: MenuSeed[] = SITE_TREE): string[] {
  const seen = new Set<string>();
  const walk = (list: MenuSeed[]) => {
    for (const item of list) {
      if (item.url.startsWith("/")) seen.add(item.url);
      walk(item.children ?? []);
    }
  };
  walk(items);
  return [...seen];
}

/** Idempotent: an item is matched on parent + url + title; existing rows are never overwritten. */
export async function seedNavigation(db: PrismaClient, tree = "main") {
  const walk = async (items: MenuSeed[], parentId: number | null) => {
    for (const [sortOrder, item] of items.entries()) {
      const existing = await db.menuItem.findFirst({
        where: { tree, parentId, url: item.url, title: item.title },
        select: { id: true },
      });
      const aliasTaken = item.alias ? (await db.menuItem.count({ where: { alias: item.alias } })) > 0 : false;
      const row =
        existing ??
        (await db.menuItem.create({
          data: {
            tree,
            parentId,
            title: item.title,
            url: item.url,
            hint: item.hint ?? null,
            alias: aliasTaken ? null : (item.alias ?? null),
            hidden: item.hidden ?? false,
            inMenu: item.inMenu ?? true,
            inBreadcrumbs: item.inBreadcrumbs ?? true,
            sortOrder,
          },
          select: { id: true },
        }));
      await walk(item.children ?? [], row.id);
    }
  };
  await walk(SITE_TREE, null);
}

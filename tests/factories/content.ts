/** Demo boxes, CMS pages, the main menu, news, stories, code samples and a banner, in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const html = (source: string) => ({
  contentMarkupType: "html" as const,
  content: source,
  contentRendered: renderMarkup(source, "html"),
});

export const BOXES: Record<string, string> = {
  "homepage-introduction":
    '<p>Python is a programming language that helps you get work done quickly and fit systems together with less effort. <a href="/doc/">Learn more</a></p>',
  "homepage-get-started":
    '<h2>Get Started</h2><p>New to programming or coming from another language? Our <a href="/about/gettingstarted/">getting started guide</a> points the way.</p>',
  "homepage-documentation":
    '<h2>Docs</h2><p>The full language reference, library guide and tutorials live at <a href="https://docs.python.org">docs.python.org</a>.</p>',
  "homepage-jobs":
    '<h2>Jobs</h2><p>Hiring, or looking for your next Python role? Visit the <a href="/jobs/">Python Job Board</a>.</p>',
  "widget-about-psf":
    '<h2>Python Software Foundation</h2><p>The PSF looks after the Python language and its community: it funds core development, runs PyCon US and supports user groups worldwide.</p><p><a href="/users/membership/">Become a member</a> · <a href="/psf/donations/">Donate</a></p>',
  "download-banner":
    "<p>Looking for a build for another operating system, or want to try a preview of the next release? See the other platforms and the pre-releases listed below.</p>",
};

type MenuSeed = { title: string; url: string; children: [string, string][] };
export const MAIN_MENU: MenuSeed[] = [
  {
    title: "About",
    url: "/about/",
    children: [
      ["Applications", "/about/apps/"],
      ["Quotes", "/about/quotes/"],
      ["Getting Started", "/about/gettingstarted/"],
      ["Help", "/about/help/"],
    ],
  },
  {
    title: "Downloads",
    url: "/downloads/",
    children: [
      ["All releases", "/downloads/"],
      ["Source code", "/downloads/source/"],
      ["Windows", "/downloads/windows/"],
      ["macOS", "/downloads/macos/"],
      ["Android", "/downloads/android/"],
      ["iOS", "/downloads/ios/"],
      ["Other Platforms", "/download/other/"],
    ],
  },
  {
    title: "Documentation",
    url: "/doc/",
    children: [
      ["Docs", "/doc/"],
      ["Audio/Visual Talks", "/doc/av/"],
      ["FAQ", "https://docs.python.org/3/faq/"],
      ["PEP Index", "https://peps.python.org/"],
      ["Python Essays", "/doc/essays/"],
    ],
  },
  {
    title: "Community",
    url: "/community/",
    children: [
      ["Diversity", "/community/diversity/"],
      ["Mailing Lists", "/community/lists/"],
      ["Forums", "/community/forums/"],
      ["Python Conferences", "/community/workshops/"],
      ["Code of Conduct", "/psf/conduct/"],
    ],
  },
  {
    title: "Success Stories",
    url: "/success-stories/",
    children: [
      ["Education", "/success-stories/category/education/"],
      ["Engineering", "/success-stories/category/engineering/"],
      ["Scientific", "/success-stories/category/scientific/"],
    ],
  },
  {
    title: "News",
    url: "/blogs/",
    children: [
      ["Python News", "/blogs/"],
      ["PSF News", "https://pyfound.blogspot.com/"],
    ],
  },
  {
    title: "Events",
    url: "/events/",
    children: [
      ["Python Events", "/events/python-events/"],
      ["User Group Events", "/events/python-user-group/"],
      ["Past Events", "/events/python-events/past/"],
    ],
  },
  {
    title: "Jobs",
    url: "/jobs/",
    children: [
      ["Job listings", "/jobs/"],
      ["Submit a job", "/jobs/create/"],
    ],
  },
  {
    title: "PSF",
    url: "/psf-landing/",
    children: [
      ["About the PSF", "/psf/about/"],
      ["Sponsors", "/psf/sponsors/"],
      ["Board minutes", "/psf/records/board/minutes/"],
    ],
  },
];

export const PAGES: { path: string; title: string; body: string; keywords?: string; description?: string }[] =
  [
    {
      path: "about",
      title: "About Python",
      keywords: "python, programming language, about",
      description: "What Python is and where it runs.",
      body: "<p>Python is a general-purpose language with a gentle learning curve and a large standard library. It runs everywhere, from small boards to large clusters.</p>",
    },
    {
      path: "about/apps",
      title: "Applications for Python",
      body: "<p>People use Python for web services, data analysis, automation, teaching, science and much more.</p>",
    },
    {
      path: "about/gettingstarted",
      title: "Getting started",
      keywords: "python, beginners, install, tutorial",
      body: "<p>Install Python from the downloads page, open a terminal and type <code>python3</code>. The tutorial at docs.python.org takes it from there.</p>",
    },
    {
      path: "about/help",
      title: "Help",
      body: "<p>Questions about the language are best asked on the community forums; problems with this website can be reported on the issue tracker.</p>",
    },
    {
      path: "about/legal",
      title: "Legal statements",
      body: "<p>The content of this site is maintained by the Python Software Foundation.</p>",
    },
    {
      path: "psf/about",
      title: "About the PSF",
      body: "<p>The Python Software Foundation is a non-profit that holds the intellectual property rights behind Python and supports its community.</p>",
    },
    {
      path: "community",
      title: "Our community",
      body: "<p>Python's community meets in user groups, at conferences and online. Everyone is welcome.</p>",
    },
  ];

export async function seedContent(db: PrismaClient, creatorId: number | null) {
  for (const [label, source] of Object.entries(BOXES)) {
    await db.box.upsert({ where: { label }, update: {}, create: { label, ...html(source), creatorId } });
  }
  for (const [i, section] of MAIN_MENU.entries()) {
    const existing = await db.menuItem.findFirst({
      where: { tree: "main", parentId: null, url: section.url },
    });
    const parent =
      existing ??
      (await db.menuItem.create({
        data: { tree: "main", title: section.title, url: section.url, sortOrder: i },
      }));
    for (const [j, [title, url]] of section.children.entries()) {
      const child = await db.menuItem.findFirst({ where: { parentId: parent.id, url } });
      if (!child)
        await db.menuItem.create({ data: { tree: "main", title, url, sortOrder: j, parentId: parent.id } });
    }
  }
  for (const p of PAGES) {
    await db.page.upsert({
      where: { path: p.path },
      update: {},
      create: {
        path: p.path,
        title: p.title,
        keywords: p.keywords ?? "",
        description: p.description ?? "",
        isPublished: true,
        ...html(p.body),
        creatorId,
      },
    });
  }
}

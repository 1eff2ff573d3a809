/** The demo main menu (the sitetree on python.org): sections and their links. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

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

export async function seedNavigation(db: PrismaClient) {
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
}

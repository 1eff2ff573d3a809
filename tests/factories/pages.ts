/** Demo CMS pages (apps/pages), in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { html } from "./markup";

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

export async function seedPages(db: PrismaClient, creatorId: number | null) {
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

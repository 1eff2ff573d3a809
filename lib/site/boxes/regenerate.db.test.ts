import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReleaseFile } from "@/lib/downloads/release-file/mutations";
import { createRelease, updateRelease } from "@/lib/downloads/release/mutations";
import { db } from "@/lib/platform/db";
import { PYTHON_BLOG_FEED_URL } from "./data";
import { regenerateAllBoxes, regenerateBlogBox, regenerateStoryBox } from "./regenerate";

// The generated boxes follow their sources: publishing a release (downloads/release.published runs
// boxes-regenerate-downloads in this process), a newer news entry, a featured story.
const stamp = Date.now();
const box = async (label: string) =>
  (await db.box.findUnique({ where: { label }, select: { contentRendered: true } }))?.contentRendered ?? "";
let userId: number;
let osIds: number[] = [];
const releaseIds: number[] = [];
// Publishing a test release as latest demotes the database's own latest Python 3 release (only
// one may be latest); other test files rely on it, so it is put back afterwards.
let latestBefore: number[] = [];

beforeAll(async () => {
  latestBefore = (
    await db.release.findMany({ where: { version: 3, isLatest: true }, select: { id: true } })
  ).map((r) => r.id);
  userId = (
    await db.user.create({
      data: { username: `regen-${stamp}`, email: `regen-${stamp}@example.org` },
      select: { id: true },
    })
  ).id;
  const systems: [string, string][] = [
    ["Windows", "windows"],
    ["Source release", "source"],
  ];
  for (const [name, slug] of systems)
    await db.oS.upsert({ where: { slug }, update: {}, create: { name, slug } });
  osIds = (
    await db.oS.findMany({ where: { slug: { in: ["windows", "source"] } }, select: { id: true } })
  ).map((o) => o.id);
});

afterAll(async () => {
  await db.release.deleteMany({ where: { id: { in: releaseIds } } });
  await db.release.updateMany({ where: { id: { in: latestBefore } }, data: { isLatest: true } });
  await db.user.deleteMany({ where: { id: userId } });
  await regenerateAllBoxes();
  await db.$disconnect();
});

async function publish(version: string) {
  const [windows, source] = await Promise.all(
    ["windows", "source"].map((slug) => db.oS.findUniqueOrThrow({ where: { slug }, select: { id: true } })),
  );
  // Files first (on an unpublished release), so the published event sees them.
  const draft = await db.release.create({
    data: { name: `Python ${version}`, slug: `python-${version.replaceAll(".", "")}-${stamp}`, version: 3 },
    select: { id: true, slug: true },
  });
  releaseIds.push(draft.id);
  const base = `https://www.python.org/ftp/python/${version}/${stamp}`;
  await db.releaseFile.createMany({
    data: [
      {
        name: "Windows installer",
        slug: `win-${version}-${stamp}`,
        osId: windows!.id,
        releaseId: draft.id,
        url: `${base}/python-${version}-amd64.exe`,
        downloadButton: true,
      },
      {
        name: "Source tarball",
        slug: `src-${version}-${stamp}`,
        osId: source!.id,
        releaseId: draft.id,
        url: `${base}/Python-${version}.tar.xz`,
        downloadButton: true,
        isSource: true,
      },
    ],
  });
  await updateRelease(draft.id, { isPublished: true, isLatest: true, releaseDate: new Date() }, userId);
  return { ...draft, base };
}

describe("generated boxes", () => {
  it("publishing a release rewrites homepage-downloads, the downloads supernav and the sources box", async () => {
    expect(osIds).toHaveLength(2);
    const first = await publish("3.98.1");
    expect(await box("homepage-downloads")).toContain(
      `<a href="/downloads/release/${first.slug}/" rel="noopener noreferrer">Python 3.98.1</a>`,
    );
    const next = await publish("3.98.2");
    expect(await box("homepage-downloads")).toContain("Python 3.98.2");
    expect(await box("homepage-downloads")).not.toContain("Python 3.98.1");
    const supernav = await box("supernav-python-downloads");
    expect(supernav).toContain('class="download-os-windows"');
    expect(supernav).toContain(`${next.base}/python-3.98.2-amd64.exe`);
    expect(await box("download-sources")).toContain(`${next.base}/Python-3.98.2.tar.xz`);
  });

  it("a release created straight as published keeps the previous buttons until it has a file, then takes over", async () => {
    const row = await createRelease(
      { name: "Python 3.98.3", version: 3, isPublished: true, isLatest: true, releaseDate: new Date() },
      userId,
    );
    releaseIds.push(row.id);
    // Marked latest with no download-button file: the download box must not lose its buttons.
    expect(await box("homepage-downloads")).toContain("Python 3.98.2");
    expect(await box("homepage-downloads")).not.toContain("Python 3.98.3");
    const windows = await db.oS.findFirst({ where: { id: { in: osIds } }, orderBy: { id: "asc" } });
    await createReleaseFile(
      {
        name: "Windows installer",
        osId: windows!.id,
        releaseId: row.id,
        url: `https://www.python.org/ftp/python/3.98.3/python-3.98.3-amd64-${stamp}.exe`,
        downloadButton: true,
      },
      userId,
    );
    expect(await box("homepage-downloads")).toContain("Python 3.98.3");
  });

  it("the news supernav shows the Python Insider's newest entry, escaped and cut to an excerpt", async () => {
    const feed = await db.feed.upsert({
      where: { feedUrl: PYTHON_BLOG_FEED_URL },
      update: {},
      create: {
        name: "Python Insider",
        websiteUrl: "https://blog.python.org",
        feedUrl: PYTHON_BLOG_FEED_URL,
      },
    });
    const url = `https://blog.python.org/${stamp}/newest.html`;
    const entry = await db.blogEntry.create({
      data: {
        title: "Tomorrow's <release> & more",
        summary: `<p>${"word ".repeat(80)}</p>`,
        pubDate: new Date(Date.now() + 86_400_000 * 365 * 5),
        url,
        feedId: feed.id,
      },
    });
    try {
      expect(await regenerateBlogBox()).toBe("written");
      const html = await box("supernav-python-blog");
      expect(html).toContain("<h4>Tomorrow's &lt;release&gt; &amp; more</h4>");
      expect(html).toContain(`<a class="readmore" href="${url}"`);
      expect(html.match(/word/g)).toHaveLength(50);
      expect(await regenerateBlogBox()).toBe("unchanged");
    } finally {
      await db.blogEntry.delete({ where: { id: entry.id } });
    }
  });

  it("the success-stories supernav quotes the featured story saved last", async () => {
    const category = await db.storyCategory.upsert({
      where: { slug: `regen-${stamp}` },
      update: {},
      create: { name: "Regen", slug: `regen-${stamp}` },
    });
    const story = await db.story.create({
      data: {
        name: "Quokka Analytics",
        slug: `quokka-${stamp}`,
        companyName: "Quokka Ltd",
        companyUrl: "https://quokka.example/",
        author: "Ada Q.",
        pullQuote: "Python let us ship in a week.",
        categoryId: category.id,
        isPublished: true,
        featured: true,
      },
    });
    try {
      expect(await regenerateStoryBox()).not.toBe("skipped");
      const html = await box("supernav-python-success-stories");
      expect(html).toContain("Python let us ship in a week.");
      expect(html).toContain(
        'Ada Q., <a href="https://quokka.example/" rel="noopener noreferrer">Quokka Ltd</a>',
      );
    } finally {
      await db.story.delete({ where: { id: story.id } });
      await db.storyCategory.delete({ where: { id: category.id } });
    }
  });
});

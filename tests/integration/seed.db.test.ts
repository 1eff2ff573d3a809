import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLatestEntries } from "@/lib/blogs/data";
import { getBoxesHtml } from "@/lib/boxes/data";
import { db } from "@/lib/platform/db";
import { getLatestRelease } from "@/lib/downloads/release/data";
import { listUpcomingEvents } from "@/lib/events/data";
import { listMenuNodes } from "@/lib/navigation/data";
import { buildNavigation } from "@/lib/navigation/utils";
import { listEnabledSponsors } from "@/lib/sponsors/data";
import { getFeaturedStory } from "@/lib/success-stories/data";
import { seedAll } from "../factories";
import { JOB_STATES } from "../factories/jobs";

const counts = async () => ({
  users: await db.user.count(),
  releases: await db.release.count(),
  files: await db.releaseFile.count(),
  events: await db.event.count(),
  jobs: await db.job.count(),
  sponsors: await db.sponsor.count(),
  boxes: await db.box.count(),
  menu: await db.menuItem.count(),
  pages: await db.page.count(),
  entries: await db.blogEntry.count(),
  stories: await db.story.count(),
  samples: await db.codeSample.count(),
  minutes: await db.minutes.count(),
  posts: await db.communityPost.count(),
  elections: await db.election.count(),
  nominations: await db.nomination.count(),
  workGroups: await db.workGroup.count(),
  companies: await db.company.count(),
  templates: await db.emailTemplate.count(),
  flags: await db.featureFlag.count(),
  redirects: await db.redirect.count(),
  memberships: await db.membership.count(),
  userGroups: await db.pythonUserGroup.count(),
  aggregates: await db.feedAggregate.count(),
  relatedBlogs: await db.relatedBlog.count(),
});

beforeAll(async () => {
  await seedAll(db, "a-test-password-for-seeding");
});
afterAll(async () => db.$disconnect());

describe("seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const first = await counts();
    expect(await seedAll(db, "a-test-password-for-seeding")).toBeNull();
    expect(await counts()).toEqual(first);
  });

  it("runs again after demo users changed the case of their names, adding nobody (users_user_username_lower)", async () => {
    const renamed = ["alice", "priya.raman", "dana.whitfield"];
    const rename = (to: (u: string) => string) =>
      Promise.all(
        renamed.map((u) =>
          db.user.updateMany({
            where: { username: { equals: u, mode: "insensitive" } },
            data: { username: to(u) },
          }),
        ),
      );
    await rename((u) => u.toUpperCase());
    try {
      const before = await counts();
      expect(await seedAll(db, "a-test-password-for-seeding")).toBeNull();
      expect(await counts()).toEqual(before);
      const upper = renamed.map((u) => u.toUpperCase());
      expect(await db.user.count({ where: { username: { in: upper } } })).toBe(3);
    } finally {
      await rename((u) => u);
    }
  });

  it("covers every domain the home page and the issues need", async () => {
    const c = await counts();
    for (const [name, n] of Object.entries(c)) expect(n, name).toBeGreaterThan(0);
    const names = (await db.release.findMany({ select: { name: true } })).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["Python 2.7.18", "Python 3.14.0"]));
    const statuses = (await db.job.findMany({ select: { status: true }, distinct: ["status"] })).map(
      (j) => j.status,
    );
    expect(statuses.sort()).toEqual([...JOB_STATES].sort());
    expect(await db.recurringRule.count()).toBeGreaterThan(0);
    const staff = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    expect([staff.isStaff, staff.isSuperuser, admin.isSuperuser]).toEqual([true, false, true]);
    expect(admin.password).toMatch(/^\$argon2id\$/);
  });

  it("gives every release Windows, macOS, Linux and source files with checksums and signatures", async () => {
    const files = await db.releaseFile.findMany({
      where: { release: { slug: "python-3140" } },
      select: { os: { select: { slug: true } }, sha256Sum: true, sigstoreBundleFile: true, url: true },
    });
    expect(new Set(files.map((f) => f.os.slug))).toEqual(
      new Set(["windows", "macos", "linux", "source", "android", "ios"]),
    );
    for (const f of files) {
      expect(f.sha256Sum).toMatch(/^[0-9a-f]{64}$/);
      expect(f.sigstoreBundleFile).toBe(`${f.url}.sigstore`);
    }
  });
});

describe("home page data", () => {
  it("finds the latest Python 3 release with one download button per OS", async () => {
    const latest = await getLatestRelease(3);
    expect(latest?.name).toBe("Python 3.14.0");
    const oses = latest!.buttons.map((b) => b.osSlug);
    expect(new Set(oses).size).toBe(oses.length);
    expect(oses).toEqual(expect.arrayContaining(["windows", "macos", "source"]));
    // The latest install manager's button, for Windows only (views.py latest_pymanager).
    expect(latest!.installManager.map((m) => [m.osSlug, m.url])).toEqual([
      ["windows", "https://www.python.org/ftp/python/pymanager/python-manager-25.2.msix"],
    ]);
    expect((await getLatestRelease(2))?.installManager).toEqual([]);
  });

  it("lists upcoming events soonest first, including the next occurrence of a recurring one", async () => {
    const now = new Date();
    const events = await listUpcomingEvents(now, 5);
    const titles = events.map((e) => e.title);
    expect(titles).toContain("Utrecht Python meetup");
    expect(titles).toContain("PyCon Harbour");
    expect(titles).not.toContain("Core development sprint");
    for (const e of events) expect(e.start.getTime()).toBeGreaterThan(now.getTime());
    const starts = events.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("returns news newest first, the menu with children, boxes by label, a featured story and running sponsors", async () => {
    const news = await listLatestEntries(5);
    expect(news).toHaveLength(5);
    expect(news[0]!.pubDate.getTime()).toBeGreaterThanOrEqual(news[4]!.pubDate.getTime());
    const menu = buildNavigation(await listMenuNodes()).python;
    expect(menu.map((s) => s.title)).toEqual(
      expect.arrayContaining(["About", "Downloads", "Documentation", "Events"]),
    );
    expect(menu.find((s) => s.title === "Downloads")!.children.map((c) => c.url)).toContain(
      "/downloads/windows/",
    );
    const boxes = await getBoxesHtml(["homepage-introduction", "no-such-box"]);
    expect(Object.keys(boxes)).toEqual(["homepage-introduction"]);
    expect((await getFeaturedStory(0))?.pullQuote).toBeTruthy();
    const sponsors = await listEnabledSponsors(new Date());
    expect(sponsors.map((s) => s.name)).toEqual(["Example Cloud Ltd", "Northwind Robotics", "Saltmarsh Analytics"]);
  });
});

/**
 * The Django import (issue #20) against a real, empty PostgreSQL database of its own (created
 * beside the shared test database and dropped afterwards): our dumpdata fixture
 * (tests/fixtures/django, every mapped model and field kind) imports with 0 failures and the
 * expected counts, a second run changes nothing, bad rows are reported with pk and reason while
 * the rest lands, a dry run writes nothing, and the command exits non-zero on failures.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createLocalStorage } from "@/lib/platform/storage";
import { verifyPassword } from "@/lib/users/passwords/utils";
import { hashApiKey } from "@/lib/users/utils";
import { runImport, type ImportResult } from "@/scripts/import/run";
import { migrateDeploy } from "@/scripts/db/engine";
import { createScratchDatabase } from "../setup/scratch-db";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/django");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
let scratchUrl: string;
let db: PrismaClient;
let mediaDir: string;
let first: ImportResult;

const counts = (r: ImportResult) =>
  Object.fromEntries(
    r.models.map((m) => [m.model, [m.read, m.created, m.updated, m.unchanged, m.skipped, m.failed]]),
  );

async function importFixture(extra: Partial<Parameters<typeof runImport>[0]> = {}) {
  const store = createLocalStorage(mediaDir);
  return runImport({
    inputs: [FIXTURE],
    db,
    mediaDir: path.join(FIXTURE, "media"),
    storage: () => store,
    ...extra,
  });
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  scratchUrl = scratch.url;
  await migrateDeploy(scratchUrl);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratchUrl }) });
  mediaDir = mkdtempSync(path.join(tmpdir(), "import-media-"));
  first = await importFixture();
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
  rmSync(mediaDir, { recursive: true, force: true });
});

describe("npm run import:django into an empty database", () => {
  it("imports every mapped model of the fixture with 0 failures and the expected counts", () => {
    expect(first.failed).toBe(0);
    // [read, created, updated, unchanged, skipped, failed]
    expect(counts(first)).toEqual({
      "auth.permission": [6, 3, 0, 1, 2, 0], // two Django permissions fold into pages.edit; view/sessions grant nothing
      "auth.group": [2, 2, 0, 0, 0, 0],
      "account.emailaddress": [3, 0, 0, 0, 3, 0], // two primary addresses folded into the users, one secondary left out
      "users.user": [3, 3, 0, 0, 0, 0],
      "tastypie.apikey": [1, 1, 0, 0, 0, 0],
      "authtoken.token": [1, 1, 0, 0, 0, 0],
      "pages.page": [3, 3, 0, 0, 0, 0],
      "pages.image": [1, 1, 0, 0, 0, 0],
      "pages.documentfile": [1, 1, 0, 0, 0, 0],
      "redirects.redirect": [2, 2, 0, 0, 0, 0],
      "boxes.box": [3, 2, 0, 0, 1, 0], // homepage-downloads is regenerated from the releases instead
      "sitetree.treeitem": [4, 3, 0, 0, 1, 0], // the "inner" placeholder is not a menu item
      "downloads.os": [2, 2, 0, 0, 0, 0],
      "downloads.release": [2, 2, 0, 0, 0, 0],
      "downloads.releasefile": [2, 2, 0, 0, 0, 0],
      "companies.company": [1, 1, 0, 0, 0, 0],
      "minutes.minutes": [1, 1, 0, 0, 0, 0],
      "banners.banner": [1, 1, 0, 0, 0, 0],
      "codesamples.codesample": [1, 1, 0, 0, 0, 0],
      "work_groups.workgroup": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsoremailnotificationtemplate": [1, 1, 0, 0, 0, 0],
      "waffle.flag": [1, 1, 0, 0, 0, 0],
      "events.calendar": [1, 1, 0, 0, 0, 0],
      "events.eventcategory": [2, 2, 0, 0, 0, 0],
      "events.eventlocation": [1, 1, 0, 0, 0, 0],
      "events.event": [2, 2, 0, 0, 0, 0],
      "events.occurringrule": [1, 1, 0, 0, 0, 0],
      "events.recurringrule": [1, 1, 0, 0, 0, 0],
      "events.alarm": [1, 1, 0, 0, 0, 0],
      "jobs.jobtype": [2, 2, 0, 0, 0, 0],
      "jobs.jobcategory": [1, 1, 0, 0, 0, 0],
      "jobs.job": [2, 2, 0, 0, 0, 0],
      "jobs.jobreviewcomment": [1, 1, 0, 0, 0, 0],
      "blogs.feed": [2, 2, 0, 0, 0, 0],
      "blogs.blogentry": [2, 2, 0, 0, 0, 0],
      "blogs.feedaggregate": [1, 1, 0, 0, 0, 0],
      "blogs.relatedblog": [1, 1, 0, 0, 0, 0],
      "successstories.storycategory": [1, 1, 0, 0, 0, 0],
      "successstories.story": [1, 1, 0, 0, 0, 0],
      "community.post": [1, 1, 0, 0, 0, 0],
      "community.link": [1, 1, 0, 0, 0, 0],
      "community.photo": [1, 1, 0, 0, 0, 0],
      "community.video": [1, 1, 0, 0, 0, 0],
      "nominations.electionkind": [1, 1, 0, 0, 0, 0],
      "nominations.election": [2, 2, 0, 0, 0, 0],
      "nominations.nominee": [1, 1, 0, 0, 0, 0],
      "nominations.nomination": [1, 1, 0, 0, 0, 0],
      "users.membership": [1, 1, 0, 0, 0, 0],
      "users.usergroup": [1, 1, 0, 0, 0, 0],
      // The conflicts are a second pass over the benefits (they point at later rows too).
      "sponsors.sponsorshipprogram": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsorshippackage": [2, 2, 0, 0, 0, 0],
      "sponsors.legalclause": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsorshipbenefit": [2, 2, 0, 0, 0, 0],
      "sponsors.sponsorshipbenefit.conflicts": [2, 0, 2, 0, 0, 0],
      "sponsors.sponsor": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsorcontact": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsorship": [2, 2, 0, 0, 0, 0],
      "sponsors.sponsorbenefit": [1, 1, 0, 0, 0, 0],
      "sponsors.contract": [1, 1, 0, 0, 0, 0],
      "sponsors.sponsorshipcurrentyear": [1, 1, 0, 0, 0, 0],
      "sponsors.benefitfeatureconfiguration": [8, 0, 0, 0, 8, 0],
      "sponsors.logoplacementconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.tieredbenefitconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.emailtargetableconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredimgassetconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredtextassetconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredresponseassetconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.providedtextassetconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.providedfileassetconfiguration": [1, 1, 0, 0, 0, 0],
      "sponsors.benefitfeature": [8, 0, 0, 0, 8, 0],
      "sponsors.logoplacement": [1, 1, 0, 0, 0, 0],
      "sponsors.providedfileasset": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredtextasset": [1, 1, 0, 0, 0, 0],
      "sponsors.tieredbenefit": [1, 1, 0, 0, 0, 0],
      "sponsors.emailtargetable": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredimgasset": [1, 1, 0, 0, 0, 0],
      "sponsors.requiredresponseasset": [1, 1, 0, 0, 0, 0],
      "sponsors.providedtextasset": [1, 1, 0, 0, 0, 0],
      "sponsors.genericasset": [4, 0, 0, 0, 4, 0],
      "sponsors.textasset": [1, 1, 0, 0, 0, 0],
      "sponsors.imgasset": [1, 1, 0, 0, 0, 0],
      "sponsors.responseasset": [1, 1, 0, 0, 0, 0],
      "sponsors.fileasset": [1, 1, 0, 0, 0, 0],
    });
    expect(first.ignored).toEqual({ "sessions.session": 1, "sites.site": 1 });
  });

  it("keeps Django's PBKDF2 hashes (they verify, and ask for a rehash), addresses, groups and permissions", async () => {
    const mirela = await db.user.findUniqueOrThrow({
      where: { username: "mirela.import" },
      include: {
        groups: { include: { group: { include: { permissions: { include: { permission: true } } } } } },
        permissions: { include: { permission: true } },
      },
    });
    expect(mirela.password).toMatch(/^pbkdf2_sha256\$600000\$/);
    expect(await verifyPassword(mirela.password, "monty-python-flying-circus")).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword(mirela.password, "wrong password")).toEqual({
      ok: false,
      needsRehash: false,
    });
    expect(mirela).toMatchObject({ legacyId: 101, isStaff: true, emailPrivacy: 1, lastName: "Dragan" });
    expect(mirela.emailVerified?.toISOString()).toBe("2014-03-02T16:40:11.000Z");
    expect(mirela.bioRendered).toBe(
      "<p>Maintains the <strong>Romanian</strong> translation of the tutorial.</p>\n",
    );
    expect(mirela.groups.map((g) => g.group.name)).toEqual(["Imported Page Editors"]);
    expect(mirela.groups[0]!.group.permissions.map((p) => p.permission.codename)).toEqual(["pages.edit"]);
    expect(mirela.permissions.map((p) => p.permission.codename)).toEqual(["sponsors.publish"]);

    const tomasz = await db.user.findUniqueOrThrow({ where: { username: "tomasz.import" } });
    // allauth's primary address wins over the stale users_user.email; naive times are UTC.
    expect(tomasz).toMatchObject({
      email: "tomasz.import@example.org",
      searchVisibility: 0,
      publicProfile: false,
    });
    expect(tomasz.dateJoined.toISOString()).toBe("2019-11-20T08:05:00.000Z");
    const retired = await db.user.findUniqueOrThrow({ where: { username: "retired.import" } });
    expect(retired).toMatchObject({ password: null, isActive: false, emailVerified: null });
    expect(retired.bioRendered).toContain("<em>release</em>");

    const keys = await db.apiKey.findMany({ where: { userId: mirela.id }, orderBy: { kind: "asc" } });
    expect(keys.map((k) => [k.kind, k.keyHash, k.prefix])).toEqual([
      ["v1_apikey", hashApiKey("4f1c2b9e8d7a6f5e4d3c2b1a09f8e7d6c5b4a392"), "4f1c2b9e"],
      ["v2_token", hashApiKey("9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"), "9a8b7c6d"],
    ]);
  });

  it("re-sanitizes Django's rendered HTML, renders what it never rendered, and keeps relations", async () => {
    const pages = await db.page.findMany({
      orderBy: { legacyId: "asc" },
      include: { images: true, documents: true },
    });
    expect(pages.map((p) => p.path)).toEqual([
      "about/import-check",
      "psf/import-notes",
      "psf/import-sprint-checklist",
    ]);
    expect(pages[0]!.contentRendered).toContain("<h2>Imported page</h2>");
    expect(pages[0]!.contentRendered).toContain('<code class="hljs language-python">');
    expect(pages[1]!.contentRendered).toBe("<p>Notes <em>kept</em> as rendered</p>");
    // markdown_unsafe keeps its raw HTML, through the same sanitizer as everything else.
    expect(pages[2]!.contentMarkupType).toBe("markdown_unsafe");
    expect(pages[2]!.contentRendered).toContain("<em>laptop</em>");
    expect(pages[2]!.contentRendered).toContain('<div class="note">Power strips are at the door.</div>');
    expect(pages[2]!.contentRendered).not.toContain("<script");
    expect(pages[1]).toMatchObject({ isPublished: false, templateName: "psf/default.html" });
    expect(pages[0]!.images.map((i) => i.image)).toEqual(["pages/about/import-check/snake.png"]);

    const box = await db.box.findUniqueOrThrow({ where: { label: "import-check-note" } });
    expect(box.contentRendered).toBe("<p>A box in <em>reST</em> that Django never rendered.</p>\n");
    const sample = await db.codeSample.findFirstOrThrow({ where: { legacyId: 571 } });
    expect(sample.copyRendered).toBe("<h1>Imported arithmetic</h1><p>Numbers work as expected.</p>");
    const wg = await db.workGroup.findUniqueOrThrow({
      where: { slug: "import-check-wg" },
      include: { organizers: { include: { user: true } }, members: true },
    });
    expect(wg.organizers.map((o) => o.user.username)).toEqual(["mirela.import"]);
    expect(wg.members).toHaveLength(2);
    expect(wg.activeTimeRendered).toBe("<p>Until the move is done.</p>");

    const section = await db.menuItem.findUniqueOrThrow({
      where: { alias: "import-check-section" },
      include: { children: true, parent: true },
    });
    expect(section).toMatchObject({ url: "/about/", tree: "main", sortOrder: 95 });
    expect(section.parent?.alias).toBe("python-meta");
    expect(section.children.map((c) => c.title)).toEqual(["Import Check"]);

    const latest = await db.release.findUniqueOrThrow({
      where: { slug: "python-3997" },
      include: { files: { orderBy: { name: "asc" } } },
    });
    expect(latest).toMatchObject({ isLatest: true, isPublished: true, version: 3 });
    expect(latest.files.map((f) => [f.name, f.downloadButton])).toEqual([
      ["Gzipped source tarball", true],
      ["Windows installer (64-bit)", true],
    ]);
    const legacy = await db.release.findUniqueOrThrow({ where: { slug: "python-2799" } });
    expect(legacy.releasePageId).toBe(pages[0]!.id);
    expect(await db.redirect.findUniqueOrThrow({ where: { oldPath: "/gone-import-check/" } })).toMatchObject({
      newPath: "",
    });
    expect((await db.minutes.findFirstOrThrow()).date.toISOString()).toBe("2026-09-17T00:00:00.000Z");
    expect(await db.featureFlag.findUniqueOrThrow({ where: { name: "import-check-flag" } })).toMatchObject({
      everyone: null,
      testing: true,
    });
    // Where the sponsors' notification admin and sender look for it (lib/sponsors/notifications).
    expect(
      await db.sponsorEmailNotificationTemplate.findFirstOrThrow({
        where: { internalName: "import-check-reminder" },
      }),
    ).toMatchObject({ legacyId: expect.any(Number) });
    expect(await db.emailTemplate.count({ where: { internalName: "import-check-reminder" } })).toBe(0);
  });

  it("imports events with their rules and alarms, and fills the occurrence window from the rules", async () => {
    const conf = await db.event.findUniqueOrThrow({
      where: { legacyId: 831 },
      include: { categories: { include: { category: true } }, venue: true, calendar: true, alarms: true },
    });
    expect(conf).toMatchObject({ uid: "import-check-conf@example.org", featured: true, status: "published" });
    expect(conf.descriptionRendered).toBe("<p>Three days of <em>talks</em> about moving sites.</p>\n");
    expect(conf.calendar).toMatchObject({ slug: "import-check-events", rss: null, timeZone: "UTC" });
    expect(conf.venue?.name).toBe("Imported Hall");
    expect(conf.categories.map((c) => c.category.slug).sort()).toEqual([
      "import-conferences",
      "import-sprints",
    ]);
    expect(conf.alarms.map((a) => a.trigger)).toEqual([48]);
    expect(first.after).toMatchObject({ events: expect.stringMatching(/of 2 imported events refreshed/) });
    const oneOff = await db.eventOccurrence.findMany({ where: { eventId: conf.id } });
    expect(oneOff.map((o) => [o.start.toISOString(), o.end.toISOString(), o.recurring])).toEqual([
      ["2027-03-12T14:00:00.000Z", "2027-03-14T22:00:00.000Z", false],
    ]);

    const meetup = await db.event.findUniqueOrThrow({
      where: { legacyId: 832 },
      include: { recurringRules: true },
    });
    expect(
      meetup.recurringRules.map((r) => [r.frequency, r.interval, r.duration, r.durationInternalSeconds]),
    ).toEqual([[2, 1, "1:30", 5400]]);
    // Weekly from Monday 2025-01-06 23:00 UTC until 2035: every row in the window is a Monday at
    // 23:00, 90 minutes long, a week after the one before.
    const weekly = await db.eventOccurrence.findMany({
      where: { eventId: meetup.id },
      orderBy: { start: "asc" },
    });
    expect(weekly.length).toBeGreaterThan(100);
    for (const [i, o] of weekly.entries()) {
      expect([
        o.recurring,
        o.start.getUTCDay(),
        o.start.getUTCHours(),
        o.end.getTime() - o.start.getTime(),
      ]).toEqual([true, 1, 23, 5_400_000]);
      if (i > 0) expect(o.start.getTime() - weekly[i - 1]!.start.getTime()).toBe(7 * 86_400_000);
    }
  });

  it("imports jobs with their types and review comments, deriving the slugs Django derives", async () => {
    const senior = await db.job.findUniqueOrThrow({
      where: { legacyId: 921 },
      include: {
        jobTypes: { include: { jobType: true } },
        category: true,
        reviewComments: true,
        submittedBy: true,
      },
    });
    expect(senior).toMatchObject({
      status: "approved",
      isFeatured: true,
      telecommuting: true,
      agencies: false,
      locationSlug: "krakow-poland",
      otherJobType: "Data pipelines",
    });
    expect(senior.expires?.toISOString()).toBe("2027-01-19T15:30:00.000Z");
    expect(senior.submittedBy?.username).toBe("tomasz.import");
    expect(senior.category.slug).toBe("import-software-engineer");
    expect(senior.jobTypes.map((t) => [t.jobType.slug, t.jobType.active]).sort()).toEqual([
      ["import-backend", true],
      ["import-retired-type", false],
    ]);
    expect(senior.companyDescriptionRendered).toBe("<p>We make <em>widgets</em>.</p>\n");
    expect(senior.descriptionRendered).toBe("<p>Move <strong>data</strong> between sites.</p>\n");
    expect(senior.reviewComments.map((c) => c.commentRendered)).toEqual([
      "<p>Approved after the <em>salary</em> line was added.</p>\n",
    ]);
    const intern = await db.job.findUniqueOrThrow({ where: { legacyId: 922 } });
    expect(intern).toMatchObject({
      locationSlug: "austin-tx-usa",
      countrySlug: "usa",
      companyName: null,
      url: null,
    });
  });

  it("imports blog feeds, entries, aggregates and related blogs", async () => {
    const aggregate = await db.feedAggregate.findUniqueOrThrow({
      where: { slug: "import-check-aggregate" },
      include: { feeds: { include: { feed: { include: { entries: { orderBy: { pubDate: "desc" } } } } } } },
    });
    const feeds = aggregate.feeds.map((f) => f.feed).sort((a, b) => a.name.localeCompare(b.name));
    expect(feeds.map((f) => [f.name, f.lastImport?.toISOString() ?? null])).toEqual([
      ["Imported Insider", "2026-11-30T06:00:00.000Z"],
      ["Imported Planet", null],
    ]);
    expect(feeds[0]!.entries.map((e) => [e.title, e.pubDate.toISOString()])).toEqual([
      ["Imported: Python 3.99.7 is out", "2026-11-28T18:45:00.000Z"],
      ["Imported: the board meets", "2026-10-01T12:00:00.000Z"], // naive: UTC
    ]);
    expect(await db.relatedBlog.findFirstOrThrow({ where: { legacyId: 1031 } })).toMatchObject({
      blogName: "Imported Related Blog",
      lastEntryTitle: "A related post",
    });
  });

  it("imports success stories with their company and image, and community posts with what hangs on them", async () => {
    const story = await db.story.findUniqueOrThrow({
      where: { slug: "imported-widgets-scale" },
      include: { company: true, category: true, submittedBy: true },
    });
    expect(story).toMatchObject({
      isPublished: true,
      featured: true,
      authorEmail: null,
      image: "successstories/import-check-story.png",
    });
    expect([story.company?.slug, story.category.slug, story.submittedBy?.username]).toEqual([
      "imported-widgets",
      "import-engineering",
      "tomasz.import",
    ]);
    expect(story.contentRendered).toContain("<p>It went <em>well</em>.</p>");

    const post = await db.communityPost.findUniqueOrThrow({
      where: { legacyId: 1201 },
      include: { links: true, photos: true, videos: true },
    });
    expect(post).toMatchObject({
      mediaType: 2,
      status: 2,
      abstract: null,
      meta: { source: "flickr", author: { name: "M", id: 7 } },
    });
    expect(post.links.map((l) => l.url)).toEqual(["https://example.org/linked"]);
    expect(post.photos.map((p) => [p.image, p.imageUrl, p.caption])).toEqual([
      [null, "https://example.org/snake.jpg", "A snake"],
    ]);
    expect(post.videos).toEqual([]);
    const video = await db.communityVideo.findFirstOrThrow({ where: { legacyId: 1231 } });
    expect(video).toMatchObject({
      postId: null,
      videoData: null,
      clickThroughUrl: "https://example.org/video",
    });
  });

  it("imports elections with their kind, nominees and nominations, and PSF memberships and user groups", async () => {
    const council = await db.election.findUniqueOrThrow({
      where: { slug: "imported-council-2026" },
      include: {
        kind: true,
        nominees: { include: { user: true } },
        nominations: { include: { nominator: true } },
      },
    });
    expect(council.kind).toMatchObject({ nominationForm: "packaging_council", accentColor: "#ffd343" });
    expect(council.date.toISOString()).toBe("2026-06-15T00:00:00.000Z");
    expect(council.descriptionRendered).toBe("<p>Nominate <strong>now</strong>.</p>\n");
    expect(council.nominees.map((n) => [n.user?.username, n.accepted, n.approved])).toEqual([
      ["mirela.import", true, true],
    ]);
    const [nomination] = council.nominations;
    expect(nomination).toMatchObject({
      nomineeId: council.nominees[0]!.id,
      eligibilityConfirmed: false,
      employer: "Imported Widgets",
    });
    expect(nomination!.nominator?.username).toBe("tomasz.import");
    expect(nomination!.nominationStatementRendered).toBe("<p>She moved the <em>whole</em> site.</p>\n");
    // Django derives a missing slug from the name; a NULL description is empty.
    const board = await db.election.findUniqueOrThrow({ where: { legacyId: 1312 } });
    expect(board).toMatchObject({
      slug: "imported-board-2019",
      kindId: null,
      description: "",
      hidePreviousService: true,
    });

    const membership = await db.membership.findFirstOrThrow({
      where: { legacyId: 1401 },
      include: { creator: true },
    });
    expect(membership).toMatchObject({
      membershipType: 5,
      votes: true,
      psfCodeOfConduct: true,
      psfAnnouncements: null,
    });
    expect(membership.creator?.username).toBe("mirela.import");
    expect(membership.lastVoteAffirmation?.toISOString()).toBe("2026-02-02T10:00:00.000Z");
    const pug = await db.pythonUserGroup.findFirstOrThrow({ where: { legacyId: 1411 } });
    expect(pug).toMatchObject({ urlType: "meetup", approved: true, trusted: false });
    expect(pug.startDate?.toISOString()).toBe("2012-09-01T00:00:00.000Z");
  });

  it("imports the sponsorship programme: packages, benefits with their conflicts, and the polymorphic rows as one table each", async () => {
    const logo = await db.sponsorshipBenefit.findUniqueOrThrow({
      where: { legacyId: 1531 },
      include: {
        packages: { include: { package: true } },
        legalClauses: { include: { legalClause: true } },
        conflicts: { include: { to: true } },
        conflictedBy: { include: { from: true } },
        featureConfigs: { orderBy: { legacyId: "asc" } },
        program: true,
      },
    });
    expect(logo).toMatchObject({
      packageOnly: true,
      capacity: 4,
      internalValue: 5000,
      internalDescription: "",
      year: 2027,
    });
    expect(logo.program).toMatchObject({ name: "Imported Foundation", description: "" });
    expect(logo.packages.map((p) => p.package.slug)).toEqual(["imported-visionary"]);
    expect(logo.legalClauses.map((c) => c.legalClause.internalName)).toEqual(["Imported trademark clause"]);
    expect([logo.conflicts.map((c) => c.to.name), logo.conflictedBy.map((c) => c.from.name)]).toEqual([
      ["Imported booth"],
      ["Imported booth"],
    ]);
    expect(
      logo.featureConfigs.map((c) => [
        c.kind,
        c.publisher,
        c.logoPlace,
        c.packageId === null,
        c.quantity,
        c.sharedFile,
      ]),
    ).toEqual([
      ["logo_placement", "psf", "download", true, null, null],
      ["tiered_benefit", null, null, false, 2, null],
      ["provided_file_asset", null, null, true, null, "import-check-exhibitor-kit.pdf"],
    ]);
    const booth = await db.benefitFeatureConfiguration.findMany({
      where: { benefit: { legacyId: 1532 } },
      orderBy: { legacyId: "asc" },
    });
    expect(
      booth.map((c) => [c.kind, c.relatedTo, c.internalName, c.dueDate?.toISOString().slice(0, 10) ?? null]),
    ).toEqual([
      ["email_targetable", null, null, null],
      ["required_img_asset", "sponsor", "import-check-slide", "2027-04-08"],
      ["required_text_asset", "sponsorship", "import-check-email-text", null],
      ["required_response_asset", "sponsorship", "import-check-job-fair", "2027-04-01"],
      ["provided_text_asset", "sponsorship", "import-check-voucher", null],
    ]);
    expect(booth[1]).toMatchObject({ minWidth: 1024, maxWidth: 4096, minHeight: 768, maxHeight: 3072 });
    expect((await db.sponsorshipCurrentYear.findUniqueOrThrow({ where: { id: 1 } })).year).toBe(2027);
  });

  it("imports sponsors, contacts, sponsorships with their benefits, features, assets and contracts", async () => {
    const sponsor = await db.sponsor.findUniqueOrThrow({
      where: { legacyId: 1551 },
      include: { contacts: { include: { user: true } }, assets: true },
    });
    expect(sponsor).toMatchObject({
      country: "US",
      webLogo: "sponsor_web_logos/import-check-sponsor.png",
      printLogo: "",
    });
    expect(sponsor.contacts.map((c) => [c.name, c.primary, c.user?.username])).toEqual([
      ["Mirela Contact", true, "mirela.import"],
    ]);
    // The image asset's owner came as a content type pk (13: sponsors.sponsor), the others as natural keys.
    expect(sponsor.assets.map((a) => [a.type, a.internalName, a.image, a.uuid])).toEqual([
      ["img", "import-check-slide", null, "b18bfddc-e6de-4d9f-977c-68c35c531602"],
    ]);

    const [finalized, applied] = await db.sponsorship.findMany({
      where: { sponsorId: sponsor.id },
      orderBy: { legacyId: "asc" },
      include: {
        submittedBy: true,
        package: true,
        contract: true,
        assets: { orderBy: { legacyId: "asc" } },
        benefits: { include: { features: { orderBy: { legacyId: "asc" } }, sponsorshipBenefit: true } },
      },
    });
    expect(finalized).toMatchObject({
      status: "finalized",
      locked: true,
      overlappedById: applied!.id,
      renewal: null,
    });
    expect([finalized!.appliedOn.toISOString(), finalized!.endDate?.toISOString()]).toEqual([
      "2025-10-08T00:00:00.000Z",
      "2026-12-31T00:00:00.000Z",
    ]);
    expect(finalized!.submittedBy?.username).toBe("mirela.import");
    expect(finalized!.contract).toMatchObject({
      status: "awaiting_signature",
      revision: 1,
      document: "sponsors/contracts/import-check.pdf",
      benefitsList: "- Imported logo on /downloads/",
    });
    expect(applied).toMatchObject({
      status: "applied",
      levelNameOld: "Visionary",
      sponsorshipFee: null,
      renewal: true,
    });
    expect(applied!.package?.slug).toBe("imported-visionary");
    const [given] = applied!.benefits;
    expect(given).toMatchObject({
      programName: "Imported Foundation",
      description: "",
      benefitInternalValue: 5000,
    });
    expect(given!.sponsorshipBenefit?.legacyId).toBe(1531);
    expect(given!.features.map((f) => [f.kind, f.logoPlace, f.internalName, f.sharedFile])).toEqual([
      ["logo_placement", "download", null, null],
      ["provided_file_asset", null, "import-check-kit", "import-check-exhibitor-kit.pdf"],
      ["required_text_asset", null, "import-check-email-text", null],
      ["tiered_benefit", null, null, null],
      ["email_targetable", null, null, null],
      ["required_img_asset", null, "import-check-slide-feature", null],
      ["required_response_asset", null, "import-check-job-fair-feature", null],
      ["provided_text_asset", null, "import-check-booth-code", null],
    ]);
    const byKind = Object.fromEntries(given!.features.map((f) => [f.kind, f]));
    expect(byKind.tiered_benefit).toMatchObject({ quantity: 2, displayLabel: "2 passes" });
    expect(byKind.tiered_benefit!.packageId).toBe(
      (await db.sponsorshipPackage.findFirstOrThrow({ where: { legacyId: 1512 } })).id,
    );
    expect(byKind.required_img_asset).toMatchObject({
      minWidth: 1600,
      maxWidth: 1920,
      minHeight: 900,
      maxHeight: 1080,
    });
    expect(byKind.required_img_asset!.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-15");
    expect(byKind.provided_text_asset).toMatchObject({
      shared: false,
      sharedText: null,
      relatedTo: "sponsorship",
    });
    expect(applied!.assets.map((a) => [a.type, a.internalName, a.text, a.response])).toEqual([
      ["text", "import-check-email-text", "We are hiring.", null],
      ["response", "import-check-job-fair", null, "Yes"],
      ["file", "import-check-brochure", null, null],
    ]);
    expect(applied!.assets.at(-1)!.file).toBe("sponsors/assets/import-check-brochure.pdf");
    expect(await createLocalStorage(mediaDir).exists("sponsors/assets/import-check-brochure.pdf")).toBe(true);
    expect(await createLocalStorage(mediaDir).exists("sponsors/contracts/import-check.pdf")).toBe(true);
  });

  it("copies media into storage and reports the missing file without failing", async () => {
    expect(first.media.copied).toBe(7);
    expect(first.media.missing).toEqual([
      { key: "files/import-check-agenda.pdf", model: "pages.documentfile", pk: 512 },
    ]);
    const stored = await createLocalStorage(mediaDir).get("companies/logos/imported-widgets.png");
    expect(stored?.contentType).toBe("image/png");
    expect(await createLocalStorage(mediaDir).exists("successstories/import-check-story.png")).toBe(true);
  });

  it("a dry run writes no rows and copies no files, but says what it would do", async () => {
    const emptyDir = mkdtempSync(path.join(tmpdir(), "import-dry-"));
    try {
      const store = createLocalStorage(emptyDir);
      const dry = await importFixture({ dryRun: true, storage: () => store });
      expect(dry.changed).toBe(false);
      expect(dry.media.copied).toBe(7);
      expect(await store.exists("companies/logos/imported-widgets.png")).toBe(false);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it("changes nothing when run again", async () => {
    const before = await db.user.findMany({
      select: { id: true, password: true, email: true },
      orderBy: { id: "asc" },
    });
    const pagesBefore = await db.page.findMany({
      select: { id: true, updated: true },
      orderBy: { id: "asc" },
    });
    const again = await importFixture();
    expect(again.failed).toBe(0);
    expect(again.changed).toBe(false);
    expect(again.after).toEqual({}); // nothing changed, so no occurrence refresh
    for (const m of again.models) expect([m.model, m.created, m.updated]).toEqual([m.model, 0, 0]);
    expect(again.media).toMatchObject({ copied: 0, present: 7 });
    // One app alone still resolves references to rows of the others (their legacy ids).
    const pagesOnly = await importFixture({ only: ["pages"] });
    expect([pagesOnly.changed, pagesOnly.failed]).toEqual([false, 0]);
    expect(
      await db.user.findMany({ select: { id: true, password: true, email: true }, orderBy: { id: "asc" } }),
    ).toEqual(before);
    expect(await db.page.findMany({ select: { id: true, updated: true }, orderBy: { id: "asc" } })).toEqual(
      pagesBefore,
    );
  });
});

describe("bad rows, dry runs and the exit code", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "import-bad-"));
    const rows = [
      {
        model: "boxes.box",
        pk: 9901,
        fields: {
          label: "import-bad-ok",
          content: "fine",
          content_markup_type: "plain",
          _content_rendered: "",
        },
      },
      {
        model: "boxes.box",
        pk: 9902,
        fields: {
          label: "import-bad-type",
          content: "x",
          content_markup_type: "textile",
          _content_rendered: "",
        },
      },
      {
        model: "downloads.releasefile",
        pk: 9903,
        fields: {
          name: "Orphan",
          slug: "orphan",
          os: 701,
          release: 4242,
          url: "https://www.python.org/ftp/orphan.tgz",
        },
      },
      {
        model: "events.recurringrule",
        pk: 9904,
        fields: { event: 831, begin: "2027-01-01T00:00:00Z", finish: "2027-02-01T00:00:00Z", frequency: 7 },
      },
      { model: "jobs.job", pk: 9905, fields: { status: "published", job_title: "Bad", category: 911 } },
      { model: "sponsors.sponsorship", pk: 9906, fields: { status: "pending", applied_on: "2026-01-01" } },
      // A polymorphic subclass row whose base row is not in the dump.
      {
        model: "sponsors.logoplacementconfiguration",
        pk: 9907,
        fields: { publisher: "psf", logo_place: "jobs" },
      },
    ];
    writeFileSync(path.join(dir, "bad.json"), JSON.stringify(rows));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each failing row with its pk and reason, and the other rows land", async () => {
    const dry = await runImport({ inputs: [dir], db, dryRun: true });
    expect(dry.models.find((m) => m.model === "boxes.box")).toMatchObject({ created: 1, failed: 1 });
    expect(await db.box.count({ where: { label: "import-bad-ok" } })).toBe(0);

    const result = await runImport({ inputs: [dir], db });
    expect(result.failed).toBe(6);
    const failures = result.models
      .flatMap((m) => m.failures.map((f) => ({ model: m.model, ...f })))
      .sort((a, b) => Number(a.pk) - Number(b.pk));
    expect(failures).toEqual([
      { model: "boxes.box", pk: 9902, reason: 'contentMarkupType "textile" is not a markup type' },
      {
        model: "downloads.releasefile",
        pk: 9903,
        reason: "release 4242: no such downloads.release imported",
      },
      { model: "events.recurringrule", pk: 9904, reason: "frequency 7 is not 0, 1, 2 or 3" },
      { model: "jobs.job", pk: 9905, reason: 'status "published" is not a job status' },
      {
        model: "sponsors.sponsorship",
        pk: 9906,
        reason: 'status "pending" is not one of applied, rejected, approved, finalized',
      },
      {
        model: "sponsors.logoplacementconfiguration",
        pk: 9907,
        reason: "no sponsors.benefitfeatureconfiguration row with pk 9907 in the dump",
      },
    ]);
    expect(await db.box.count({ where: { label: "import-bad-ok" } })).toBe(1);
  });

  it("adopts an event the ICS importer brought in before (same calendar and UID) instead of adding a second", async () => {
    const calendar = await db.calendar.findUniqueOrThrow({ where: { legacyId: 801 } });
    const ics = await db.event.create({
      data: { calendarId: calendar.id, uid: "adopt-me@example.org", title: "From the ICS feed" },
    });
    const adoptDir = mkdtempSync(path.join(tmpdir(), "import-adopt-"));
    try {
      const row = {
        model: "events.event",
        pk: 9950,
        fields: {
          uid: "adopt-me@example.org",
          title: "From Django",
          calendar: 801,
          description: "",
          description_markup_type: "plain",
          _description_rendered: "",
          categories: [],
        },
      };
      writeFileSync(path.join(adoptDir, "adopt.json"), JSON.stringify([row]));
      const result = await runImport({ inputs: [adoptDir], db, only: ["events"] });
      expect(result.models.find((m) => m.model === "events.event")).toMatchObject({ created: 0, updated: 1 });
      expect(await db.event.findMany({ where: { uid: "adopt-me@example.org" } })).toMatchObject([
        { id: ics.id, legacyId: 9950, title: "From Django" },
      ]);
    } finally {
      rmSync(adoptDir, { recursive: true, force: true });
    }
  });

  it("reports an address another account has, in any case, on a dry run too, and imports the rest", async () => {
    await db.user.create({ data: { username: "madehere-mailtest", email: "here-mailtest@example.org" } });
    const dir = mkdtempSync(path.join(tmpdir(), "import-email-"));
    try {
      const user = (pk: number, username: string, email: string) => ({
        model: "users.user",
        pk,
        fields: { username, password: "!", email, is_active: true, groups: [] },
      });
      writeFileSync(
        path.join(dir, "users.json"),
        JSON.stringify([
          user(9981, "mail-a", "Shared-MailTest@example.org"),
          user(9982, "mail-b", "shared-mailtest@example.org"),
          user(9983, "mail-c", "Shared-MailTest@example.org"),
          user(9984, "mail-d", "HERE-mailtest@example.org"),
          user(9985, "mail-e", "own-mailtest@example.org"),
        ]),
      );
      const rule =
        "an address belongs to one account here, whatever its case: change one of them and import again";
      const failures = [
        {
          pk: 9982,
          reason: `email "shared-mailtest@example.org" is "Shared-MailTest@example.org" but for case, the address of Django user pk 9981; ${rule}`,
        },
        {
          pk: 9983,
          reason: `email "Shared-MailTest@example.org" is also the address of Django user pk 9981; ${rule}`,
        },
        {
          pk: 9984,
          reason: `email "HERE-mailtest@example.org" is "here-mailtest@example.org" but for case, the address of an account made on this site; ${rule}`,
        },
      ];
      const dry = await runImport({ inputs: [dir], db, only: ["users"], dryRun: true });
      expect(dry.models.find((m) => m.model === "users.user")).toMatchObject({
        created: 2,
        failed: 3,
        failures,
      });
      expect(await db.user.count({ where: { legacyId: { in: [9981, 9985] } } })).toBe(0);
      const real = await runImport({ inputs: [dir], db, only: ["users"] });
      expect(real.models.find((m) => m.model === "users.user")).toMatchObject({
        created: 2,
        failed: 3,
        failures,
      });
      expect(
        await db.user.findMany({
          where: { legacyId: { gte: 9981, lte: 9985 } },
          select: { legacyId: true, email: true },
          orderBy: { legacyId: "asc" },
        }),
      ).toEqual([
        { legacyId: 9981, email: "Shared-MailTest@example.org" },
        { legacyId: 9985, email: "own-mailtest@example.org" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a username that differs only in case from another account's, and imports the rest", async () => {
    await db.user.create({ data: { username: "madehere-casetest" } });
    const caseDir = mkdtempSync(path.join(tmpdir(), "import-case-"));
    try {
      const user = (pk: number, username: string) => ({
        model: "users.user",
        pk,
        fields: { username, password: "!", email: `${username}@example.org`, is_active: true, groups: [] },
      });
      const rows = [
        user(9971, "CaseTwin"),
        user(9972, "casetwin"),
        user(9973, "MadeHere-CaseTest"),
        user(9974, "casefine"),
      ];
      writeFileSync(path.join(caseDir, "users.json"), JSON.stringify(rows));
      const result = await runImport({ inputs: [caseDir], db, only: ["users"] });
      const report = result.models.find((m) => m.model === "users.user")!;
      expect(report).toMatchObject({ created: 2, failed: 2 });
      const rule = "usernames are unique whatever their case here: rename one of them and import again";
      expect(report.failures).toEqual([
        {
          pk: 9972,
          reason: `username "casetwin" differs only in case from "CaseTwin" (Django user pk 9971); ${rule}`,
        },
        {
          pk: 9973,
          reason: `username "MadeHere-CaseTest" differs only in case from "madehere-casetest" (an account made on this site); ${rule}`,
        },
      ]);
      const stored = await db.user.findMany({
        where: {
          username: { in: ["CaseTwin", "casetwin", "madehere-casetest", "MadeHere-CaseTest", "casefine"] },
        },
        select: { username: true, legacyId: true },
        orderBy: { id: "asc" },
      });
      expect(stored).toEqual([
        { username: "madehere-casetest", legacyId: null },
        { username: "CaseTwin", legacyId: 9971 },
        { username: "casefine", legacyId: 9974 },
      ]);
      // The same Django user renamed only in case is an update of its row, not a clash with itself.
      writeFileSync(path.join(caseDir, "users.json"), JSON.stringify([user(9971, "CASETWIN")]));
      const again = await runImport({ inputs: [caseDir], db, only: ["users"] });
      expect(again.models.find((m) => m.model === "users.user")).toMatchObject({ updated: 1, failed: 0 });
      expect((await db.user.findUniqueOrThrow({ where: { legacyId: 9971 } })).username).toBe("CASETWIN");
    } finally {
      rmSync(caseDir, { recursive: true, force: true });
    }
  });

  it("a dump's latest release demotes the latest of its version made on this site (no legacy id), as the seed's is", async () => {
    await db.release.updateMany({ where: { version: 3, isLatest: true }, data: { isLatest: false } });
    const seeded = await db.release.create({
      data: { name: "Python 3.98.0", slug: "python-3980", version: 3, isLatest: true, isPublished: true },
    });
    const latestDir = mkdtempSync(path.join(tmpdir(), "import-latest-"));
    try {
      const row = {
        model: "downloads.release",
        pk: 9960,
        fields: {
          name: "Python 3.98.1",
          slug: "python-3981",
          version: 3,
          is_latest: true,
          is_published: true,
        },
      };
      writeFileSync(path.join(latestDir, "release.json"), JSON.stringify([row]));
      const result = await runImport({ inputs: [latestDir], db, only: ["downloads"] });
      expect(result.failed).toBe(0);
      expect(result.models.find((m) => m.model === "downloads.release")).toMatchObject({ created: 1 });
      const latest = await db.release.findMany({
        where: { version: 3, isLatest: true },
        select: { slug: true },
      });
      expect(latest).toEqual([{ slug: "python-3981" }]);
      expect((await db.release.findUniqueOrThrow({ where: { id: seeded.id } })).isLatest).toBe(false);
    } finally {
      rmSync(latestDir, { recursive: true, force: true });
    }
  });

  it("exits 1 when rows fail, 0 with --allow-errors", async () => {
    const cli = (args: string[]) =>
      promisify(execFile)(
        "npx",
        ["tsx", "--conditions=react-server", "scripts/import/django.ts", dir, ...args],
        {
          env: { ...process.env, DATABASE_URL: scratchUrl, REDIS_URL: "", CI: "1" },
        },
      ).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const failing = await cli(["--only", "boxes"]);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('boxes.box pk 9902: contentMarkupType "textile" is not a markup type');
    expect((await cli(["--only", "boxes", "--allow-errors"])).code).toBe(0);
  }, 60_000);
});

/**
 * Demo rows for the smaller domains: board minutes, community posts, an election with nominees,
 * a work group, a company, mail templates, feature flags, a redirect, a PSF membership, a user
 * group, and the PSF news aggregate.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const DAY = 86_400_000;
const html = (s: string) => ({ source: s, rendered: renderMarkup(s, "html") });

export async function seedCommunity(db: PrismaClient, ids: Record<string, number>, now = new Date()) {
  const staff = ids.staff ?? null;
  for (const [i, month] of [1, 2, 3].entries()) {
    const date = new Date(Date.UTC(now.getUTCFullYear() - 1, month, 10));
    const body = html(
      `<p>The board met, approved the previous minutes and reviewed ${2 + i} grant requests.</p>`,
    );
    await db.minutes.upsert({
      where: { date },
      update: {},
      create: {
        date,
        isPublished: i < 2,
        content: body.source,
        contentMarkupType: "html",
        contentRendered: body.rendered,
        creatorId: staff,
      },
    });
  }

  if ((await db.communityPost.count()) === 0) {
    const post = html("<p>Our user group just celebrated its tenth birthday with a day of talks.</p>");
    await db.communityPost.create({
      data: {
        title: "Ten years of the Utrecht user group",
        content: post.source,
        contentMarkupType: "html",
        contentRendered: post.rendered,
        mediaType: 4,
        status: 2,
        sourceUrl: "https://example.org/utrecht-ten-years",
        creatorId: staff,
        links: { create: [{ url: "https://example.org/utrecht-ten-years", creatorId: staff }] },
      },
    });
    await db.communityPost.create({
      data: {
        title: "Draft photo post",
        mediaType: 2,
        status: 1,
        creatorId: staff,
        photos: { create: [{ caption: "Sprint room", imageUrl: "https://example.org/sprint.jpg" }] },
      },
    });
  }

  const kind = await db.electionKind.upsert({
    where: { name: "PSF Board" },
    update: {},
    create: { name: "PSF Board", slug: "psf-board", nominationForm: "board" },
  });
  const election = await db.election.upsert({
    where: { slug: `${now.getUTCFullYear()}-psf-board-election` },
    update: {},
    create: {
      name: `${now.getUTCFullYear()} PSF Board Election`,
      slug: `${now.getUTCFullYear()}-psf-board-election`,
      kindId: kind.id,
      date: new Date(now.getTime() + 45 * DAY),
      nominationsOpenAt: new Date(now.getTime() - 5 * DAY),
      nominationsCloseAt: new Date(now.getTime() + 20 * DAY),
      description: "Nominate candidates for the PSF Board of Directors.",
      descriptionMarkupType: "plain",
      descriptionRendered: renderMarkup("Nominate candidates for the PSF Board of Directors.", "plain"),
    },
  });
  if (ids.alice && !(await db.nominee.findFirst({ where: { electionId: election.id, userId: ids.alice } }))) {
    const nominee = await db.nominee.create({
      data: {
        electionId: election.id,
        userId: ids.alice,
        accepted: true,
        approved: true,
        slug: "alice-example",
      },
    });
    await db.nomination.create({
      data: {
        electionId: election.id,
        nomineeId: nominee.id,
        nominatorId: ids.bob ?? null,
        name: "Alice Example",
        email: "alice@example.org",
        employer: "Example Co",
        nominationStatement: "Alice has organised our local meetup for years.",
        nominationStatementMarkupType: "plain",
        nominationStatementRendered: renderMarkup("Alice has organised our local meetup for years.", "plain"),
        accepted: true,
        approved: true,
        cocAcknowledged: true,
        missionAlignment: true,
        eligibilityConfirmed: true,
      },
    });
  }

  await db.workGroup.upsert({
    where: { slug: "education-outreach" },
    update: {},
    create: {
      name: "Education Outreach",
      slug: "education-outreach",
      approved: true,
      shortDescription: "Helps teachers use Python in class.",
      url: "https://example.org/edu-wg",
      creatorId: staff,
      ...(ids.alice
        ? { organizers: { create: [{ userId: ids.alice }] }, members: { create: [{ userId: ids.alice }] } }
        : {}),
    },
  });
  await db.company.upsert({
    where: { slug: "northwind-energy" },
    update: {},
    create: { name: "Northwind Energy", slug: "northwind-energy", url: "https://example.org/northwind" },
  });

  const templates = [
    {
      internalName: "job-approved",
      subject: "Python Job Board: Job entry approved",
      content: "Hello,\n\nYour job posting {{ job_title }} is now live on the Python Job Board.\n",
    },
    {
      internalName: "sponsor-renewal-reminder",
      kind: "sponsor_notification",
      subject: "Your PSF sponsorship renews soon",
      content:
        "Dear {{ sponsor_name }},\n\nYour {{ sponsorship_level }} sponsorship ends on {{ sponsorship_end_date }}.\n",
    },
  ];
  for (const t of templates)
    await db.emailTemplate.upsert({ where: { internalName: t.internalName }, update: {}, create: t });

  for (const f of [
    {
      name: "psf_membership",
      everyone: null,
      superusers: true,
      testing: true,
      note: "Shows the /membership/ landing page.",
    },
    {
      name: "sponsorship-applications-open",
      everyone: true,
      superusers: true,
      testing: false,
      note: "Shows the sponsorship application form.",
    },
  ])
    await db.featureFlag.upsert({ where: { name: f.name }, update: {}, create: f });

  await db.redirect.upsert({
    where: { oldPath: "/download/" },
    update: {},
    create: { oldPath: "/download/", newPath: "/downloads/" },
  });

  if (ids.alice) {
    await db.membership.upsert({
      where: { creatorId: ids.alice },
      update: {},
      create: {
        creatorId: ids.alice,
        legalName: "Alice Example",
        preferredName: "Alice",
        emailAddress: "alice@example.org",
        city: "Utrecht",
        country: "Netherlands",
        psfCodeOfConduct: true,
        psfAnnouncements: true,
        votes: true,
        lastVoteAffirmation: now,
      },
    });
  }
  if ((await db.pythonUserGroup.count()) === 0) {
    await db.pythonUserGroup.create({
      data: {
        name: "Utrecht Python",
        location: "Utrecht, Netherlands",
        url: "https://example.org/utrecht-python",
        urlType: "meetup",
        approved: true,
      },
    });
  }

  const feed = await db.feed.findFirst({ select: { id: true } });
  await db.feedAggregate.upsert({
    where: { slug: "psf-news" },
    update: {},
    create: {
      name: "PSF news",
      slug: "psf-news",
      description: "News from the Python Software Foundation.",
      ...(feed ? { feeds: { create: [{ feedId: feed.id }] } } : {}),
    },
  });
  if ((await db.relatedBlog.count()) === 0) {
    await db.relatedBlog.create({
      data: {
        name: "Planet Python",
        feedUrl: "https://planetpython.org/rss20.xml",
        blogUrl: "https://planetpython.org/",
        blogName: "Planet Python",
        creatorId: staff,
      },
    });
  }
}

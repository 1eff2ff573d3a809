// Query budget (issue #22 Build 4, issue #15 "Must show": queries per render bounded): the SQL
// statements one uncached render of each job board page sends, counted with
// tests/support/sql-statements.ts. Each case calls what the page, its layout (the menus and the
// sidebar boxes) and its generateMetadata load, with Next's cache bypassed, so every loader runs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { countStatements, listStatements } from "@/tests/support/sql-statements";

// An uncached render: "use cache" is a no-op outside Next's compiler, and so are its tags.
vi.mock("next/cache", () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

const { loadJobCategory, loadJobList, loadJobMenus, loadJobPage, loadJobType, loadPublicJobPage } =
  await import("./loaders");
const { loadBoxes } = await import("@/lib/boxes/loaders");

const DAY = 86_400_000;
const tag = `h4q${Date.now().toString(36)}`;
const ids = { owner: 0, category: 0, type: 0, jobs: [] as number[] };
const BOXES = ["jobs-subscribe", "jobs-getfeatured", "jobs-sponsors"];
// The layout of every /jobs/ page (app/(site)/jobs/layout.tsx).
const layout = () => Promise.all([loadJobMenus(), loadBoxes(BOXES)]);
// Issue #22: at most 6 statements per uncached page render.
const BUDGET = 6;

beforeAll(async () => {
  ids.owner = (await db.user.create({ data: { username: `${tag}-owner`, email: `${tag}@example.org` } })).id;
  ids.category = (await db.jobCategory.create({ data: { name: `${tag} cat`, slug: `${tag}-cat` } })).id;
  ids.type = (await db.jobType.create({ data: { name: `${tag} type`, slug: `${tag}-type` } })).id;
  for (let i = 0; i < 30; i++) {
    const job = await db.job.create({
      data: {
        jobTitle: `${tag} job ${i}`,
        companyName: "Budget Co",
        categoryId: ids.category,
        city: "Memphis",
        region: "TN",
        country: "USA",
        locationSlug: "memphis-tn-usa",
        countrySlug: "usa",
        description: "Python.",
        descriptionRendered: "<p>Python.</p>",
        requirements: "Tests.",
        requirementsRendered: "<p>Tests.</p>",
        email: `${tag}@example.org`,
        url: "https://example.org/",
        status: "approved",
        expires: new Date(Date.now() + 30 * DAY),
        created: new Date(Date.now() - i * 3_600_000),
        creatorId: ids.owner,
        jobTypes: { create: [{ jobTypeId: ids.type }] },
      },
      select: { id: true },
    });
    ids.jobs.push(job.id);
  }
});

afterAll(async () => {
  await db.job.deleteMany({ where: { categoryId: ids.category } });
  await db.jobType.deleteMany({ where: { id: ids.type } });
  await db.jobCategory.deleteMany({ where: { id: ids.category } });
  await db.user.deleteMany({ where: { id: ids.owner } });
  await db.$disconnect();
});

async function expectWithinBudget<T>(render: () => Promise<T>): Promise<T> {
  const { result, statements } = await countStatements(render);
  expect(statements.length, listStatements(statements)).toBeGreaterThan(0);
  expect(statements.length, listStatements(statements)).toBeLessThanOrEqual(BUDGET);
  return result;
}

describe(`job board pages send at most ${BUDGET} SQL statements per uncached render`, () => {
  it("the layout every /jobs/ page shares: the menus and the sidebar boxes", async () => {
    const [menus] = await expectWithinBudget(layout);
    expect(menus.categories.map((c) => c.slug)).toContain(`${tag}-cat`);
  });

  it("/jobs/ and its second page", async () => {
    const first = await expectWithinBudget(() => loadJobList({}, 1));
    expect(first.jobs).toHaveLength(25);
    expect(first.jobs[0]!.jobTypes.length + first.jobs[0]!.category.name.length).toBeGreaterThan(0);
    expect((await expectWithinBudget(() => loadJobList({}, 2))).page).toBe(2);
  });

  // The cached /jobs/<pk>/ every visitor without a session gets.
  it("a job's page, for a visitor", async () => {
    const id = String(ids.jobs[3]);
    const page = await expectWithinBudget(() => loadPublicJobPage(id));
    expect(page.job.id).toBe(ids.jobs[3]);
    expect(page.sameCategory).toHaveLength(5);
    expect([page.neighbours.previous?.id, page.neighbours.next?.id]).toEqual([ids.jobs[4], ids.jobs[2]]);
  });

  // /jobs/<pk>/_viewer/ (a session cookie): generateMetadata shares the page's loadJobPage call
  // (React cache() within a request). Without a session here it sees what a visitor sees.
  it("a job's page, per request", async () => {
    const id = String(ids.jobs[3]);
    const page = await expectWithinBudget(() => loadJobPage(id));
    expect(page.job.id).toBe(ids.jobs[3]);
    expect(page.sameCategory).toHaveLength(5);
    expect(page.comments).toEqual([]);
  });

  it("a type, a category, a location and the telecommute list", async () => {
    const type = `${tag}-type`;
    const category = `${tag}-cat`;
    const [, byType] = await expectWithinBudget(() =>
      Promise.all([loadJobType(type), loadJobList({ typeSlug: type }, 1)]),
    );
    expect(byType.total).toBe(30);
    const [, byCategory] = await expectWithinBudget(() =>
      Promise.all([loadJobCategory(category), loadJobList({ categorySlug: category }, 1)]),
    );
    expect(byCategory.total).toBe(30);
    expect(
      (await expectWithinBudget(() => loadJobList({ locationSlug: "memphis-tn-usa" }, 1))).total,
    ).toBeGreaterThanOrEqual(30);
    await expectWithinBudget(() => loadJobList({ telecommute: true }, 1));
  });
});

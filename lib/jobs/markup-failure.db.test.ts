import type * as ChildProcess from "node:child_process";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// pythondotorg#2333: a job whose description fails to render must still show and be moderated.
// The failure is forced where it happens in production (docutils' subprocess dies or times out);
// the subprocess is the only thing replaced; the database, rendering and mail are the real ones.
const failure = vi.hoisted(() => ({ on: false }));
vi.mock("node:child_process", async (importOriginal) => {
  const original = await importOriginal<typeof ChildProcess>();
  return {
    ...original,
    execFileSync: (...args: Parameters<typeof original.execFileSync>) => {
      if (failure.on) throw Object.assign(new Error("spawnSync python3 ETIMEDOUT"), { code: "ETIMEDOUT" });
      return original.execFileSync(...args);
    },
  };
});

const { db } = await import("@/lib/platform/db");
const { log } = await import("@/lib/platform/log");
const { createJob, moderateJob, submitJobForReview } = await import("./mutations");
const { getJob, listFeedJobs, getSearchableJob } = await import("./data");
const { listReviewQueue } = await import("./admin/data");
const { toSearchDocument } = await import("./search");
const { jobFormSchema } = await import("./schema");
const { JobView } = await import("@/components/jobs/job-detail");

const tag = `h4mf${Date.now().toString(36)}`;
const ids = { owner: 0, category: 0, job: 0 };
const principal = (userId: number, permissions: string[] = []) => ({
  userId,
  username: `u${userId}`,
  isStaff: false,
  isSuperuser: false,
  permissions,
  via: "session" as const,
});
const source = 'Duties\n======\n\n<script>alert("x")</script> & `apply <javascript:alert(1)>`_';

beforeAll(async () => {
  ids.owner = (
    await db.user.create({ data: { username: `${tag}-owner`, email: `${tag}-owner@example.org` } })
  ).id;
  ids.category = (await db.jobCategory.create({ data: { name: `${tag} cat`, slug: `${tag}-cat` } })).id;
});
afterEach(() => {
  failure.on = false;
  vi.restoreAllMocks();
});
afterAll(async () => {
  await db.job.deleteMany({ where: { categoryId: ids.category } });
  await db.jobCategory.deleteMany({ where: { id: ids.category } });
  await db.user.deleteMany({ where: { id: ids.owner } });
  await db.emailLog.deleteMany({
    where: { OR: [{ subject: { contains: tag } }, { toAddrs: { has: `${tag}@example.org` } }] },
  });
  await db.$disconnect();
});

describe("a job description that fails to render (pythondotorg#2333)", () => {
  it("is stored as escaped source with a note, shown without markup, and can be approved", async () => {
    failure.on = true;
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const input = jobFormSchema.parse({
      jobTitle: `${tag} Python engineer`,
      companyName: "Broken Markup Ltd",
      categoryId: String(ids.category),
      city: "Memphis",
      country: "USA",
      description: source,
      descriptionMarkupType: "restructuredtext",
      requirements: "Tests.",
      requirementsMarkupType: "markdown",
      email: `${tag}@example.org`,
      url: "https://example.org/jobs/1",
    });
    ids.job = (await createJob(input, ids.owner)).id;
    failure.on = false;
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.stringContaining("ETIMEDOUT") }),
      "job markup failed to render",
    );

    const job = await getJob(ids.job);
    expect(job!.description).toBe(source);
    expect(job!.descriptionRendered).toContain("This text could not be rendered; it is shown as written.");
    expect(job!.descriptionRendered).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38;");
    expect(job!.descriptionRendered).not.toMatch(/<script|<a /);

    // The detail page's body: the source as text, no script element, no link from the markup.
    const html = renderToStaticMarkup(createElement(JobView, { job: job! }));
    expect(html).toContain(
      '<p class="job-markup-error">This text could not be rendered; it is shown as written.</p>',
    );
    expect(html).toContain("Duties\n======");
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript/i);

    // Moderation goes on: submitted, in the review queue, approved; then listed in the feed and search.
    await submitJobForReview(ids.job, principal(ids.owner));
    const queue = await listReviewQueue(1);
    const last = await listReviewQueue(Math.ceil(queue.total / queue.perPage)); // oldest first: ours is last
    expect(last.jobs.map((j) => j.id)).toContain(ids.job);
    const moved = await moderateJob(ids.job, "approve", principal(ids.owner, ["jobs.moderate"]));
    expect(moved.to).toBe("approved");
    expect((await listFeedJobs(500)).map((j) => j.id)).toContain(ids.job);
    const doc = toSearchDocument((await getSearchableJob(ids.job))!);
    expect(JSON.stringify(doc)).toContain('alert(\\"x\\")');
    expect(
      await db.emailLog.count({
        where: { toAddrs: { has: `${tag}@example.org` }, subject: "Python Job Board: Job entry approved" },
      }),
    ).toBe(1);
  });

  it("renders the same source with docutils once it runs again", async () => {
    const { renderJobMarkup } = await import("./mutations");
    const html = renderJobMarkup(source, "restructuredtext");
    expect(html).toContain("<h2>Duties</h2>");
    expect(html).not.toContain("job-markup-error");
    expect(html).not.toMatch(/<script|href="javascript/i);
  });
});

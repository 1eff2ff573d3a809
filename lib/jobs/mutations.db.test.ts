import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { Principal } from "@/lib/users/types";
import { JOBS_EMAIL } from "./constants";
import { archiveExpiredJobs, deleteAbandonedDrafts, expireJobs } from "./cron/mutations";
import {
  countVisibleJobs,
  getJobNeighbours,
  listActiveJobCategories,
  listActiveJobLocations,
  listActiveJobTypes,
  listFeedJobs,
  listSearchableJobs,
  listVisibleJobs,
} from "./data";
import { listModerationJobs, listReviewQueue } from "./admin/data";
import {
  addReviewComment,
  createJob,
  moderateJob,
  removeOwnJob,
  submitJobForReview,
  transitionJob,
  updateJob,
} from "./mutations";
import { jobFormSchema, type JobInput } from "./schema";

// apps/jobs/tests as acceptance checks, on a category, a type and accounts of our own (the db
// project shares one database with the seed and other tests).
const tag = `h2j${Date.now().toString(36)}`;
const DAY = 86_400_000;
const ids = { owner: 0, other: 0, category: 0, type: 0, idleType: 0 };
const made: number[] = [];
const principal = (userId: number, over: Partial<Principal> = {}): Principal => ({
  userId,
  username: `u${userId}`,
  isStaff: false,
  isSuperuser: false,
  permissions: [],
  via: "session",
  ...over,
});
let owner: Principal, other: Principal, boardAdmin: Principal, staff: Principal;

const form = (over: Record<string, unknown> = {}): JobInput =>
  jobFormSchema.parse({
    jobTitle: `${tag} Python engineer`,
    companyName: "Memphis Widgets",
    categoryId: String(ids.category),
    jobTypeIds: [String(ids.type)],
    city: "Memphis",
    region: "TN",
    country: "USA",
    description: "Write *Python*.",
    descriptionMarkupType: "markdown",
    requirements: "Tests.",
    requirementsMarkupType: "markdown",
    contact: "Pat Recruiter",
    email: `${tag}@example.org`,
    url: "https://example.org/jobs/1",
    ...over,
  });

async function jobIn(status: string, over: { created?: Date; expires?: Date | null; title?: string } = {}) {
  const { id } = await createJob(form(over.title ? { jobTitle: over.title } : {}), ids.owner);
  made.push(id);
  await db.job.update({
    where: { id },
    data: {
      status: status as never,
      ...(over.created ? { created: over.created } : {}),
      expires: over.expires === undefined ? (status === "approved" ? new Date(Date.now() + 10 * DAY) : null) : over.expires,
    },
  });
  return id;
}
const statusOf = async (id: number) => (await db.job.findUniqueOrThrow({ where: { id } })).status;
const mailsTo = (address: string, subject: string) =>
  db.emailLog.findMany({ where: { toAddrs: { has: address }, subject }, orderBy: { id: "asc" } });

beforeAll(async () => {
  for (const name of ["owner", "other"] as const)
    ids[name] = (await db.user.create({ data: { username: `${tag}-${name}`, email: `${tag}-${name}@example.org` } })).id;
  ids.category = (await db.jobCategory.create({ data: { name: `${tag} cat`, slug: `${tag}-cat` } })).id;
  ids.type = (await db.jobType.create({ data: { name: `${tag} type`, slug: `${tag}-type` } })).id;
  ids.idleType = (await db.jobType.create({ data: { name: `${tag} idle`, slug: `${tag}-idle` } })).id;
  owner = principal(ids.owner);
  other = principal(ids.other);
  boardAdmin = principal(ids.other, { permissions: ["jobs.moderate"] });
  staff = principal(ids.other, { isStaff: true });
});
afterAll(async () => {
  await db.job.deleteMany({ where: { OR: [{ id: { in: made } }, { categoryId: ids.category }] } });
  await db.jobType.deleteMany({ where: { id: { in: [ids.type, ids.idleType] } } });
  await db.jobCategory.deleteMany({ where: { id: ids.category } });
  await db.user.deleteMany({ where: { id: { in: [ids.owner, ids.other] } } });
  await db.emailLog.deleteMany({ where: { OR: [{ subject: { contains: tag } }, { toAddrs: { has: `${tag}@example.org` } }] } });
});

describe("job model rules", () => {
  it("computes the location slug and keeps the region optional", async () => {
    const id = await jobIn("draft");
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job.locationSlug).toBe("memphis-tn-usa");
    expect(job.countrySlug).toBe("usa");
    const { id: noRegion } = await createJob(form({ region: "" }), ids.owner);
    made.push(noRegion);
    expect((await db.job.findUniqueOrThrow({ where: { id: noRegion } })).locationSlug).toBe("memphis-usa");
  });

  it("approving a job without an expiry sets it to now + 90 days", async () => {
    const id = await jobIn("review");
    const before = Date.now();
    await moderateJob(id, "approve", boardAdmin);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("approved");
    expect(job.expires!.getTime()).toBeGreaterThanOrEqual(before + 90 * DAY - 1000);
    expect(job.expires!.getTime()).toBeLessThanOrEqual(Date.now() + 90 * DAY + 1000);
  });

  it("refuses the transitions the workflow does not allow, with their errors", async () => {
    const draft = await jobIn("draft");
    await expect(transitionJob(draft, "approve", null)).rejects.toThrow(/not been submitted/);
    const removed = await jobIn("removed");
    await expect(transitionJob(removed, "review", null)).rejects.toThrow(/removed/);
    const approved = await jobIn("approved");
    await expect(transitionJob(approved, "approve", null)).rejects.toThrow(/already approved/);
    await expect(transitionJob(999_999_999, "approve", null)).rejects.toMatchObject({ code: "not_found" });
    await expect(moderateJob(approved, "reject", owner)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("querysets", () => {
  it("visible() excludes non-approved and expired jobs; the counts and lists agree", async () => {
    const visible = await jobIn("approved");
    const expired = await jobIn("approved", { expires: new Date(Date.now() - DAY) });
    const review = await jobIn("review");
    const { jobs } = await listVisibleJobs({ categorySlug: `${tag}-cat` }, 1);
    expect(jobs.map((j) => j.id)).toContain(visible);
    expect(jobs.map((j) => j.id)).not.toContain(expired);
    expect(jobs.map((j) => j.id)).not.toContain(review);
    expect(jobs.every((j) => j.status === "approved")).toBe(true);
    expect(await countVisibleJobs()).toBeGreaterThan(0);
    expect((await listSearchableJobs()).map((j) => j.id)).not.toContain(expired);
  });

  it("types and categories with_active_jobs list only those with a visible job; locations skip review jobs", async () => {
    await jobIn("approved");
    await jobIn("review", { title: `${tag} reviewer` });
    const types = (await listActiveJobTypes()).map((t) => t.slug);
    expect(types).toContain(`${tag}-type`);
    expect(types).not.toContain(`${tag}-idle`);
    expect((await listActiveJobCategories()).map((c) => c.slug)).toContain(`${tag}-cat`);
    const { id: reviewOnly } = await createJob(form({ city: `${tag}ville` }), ids.owner);
    made.push(reviewOnly);
    await db.job.update({ where: { id: reviewOnly }, data: { status: "review" } });
    expect((await listActiveJobLocations()).map((l) => l.city)).not.toContain(`${tag}ville`);
  });

  it("review() holds only review jobs of the last 120 days, oldest first; moderate() the rest, with ?q=", async () => {
    const recent = await jobIn("review", { title: `${tag} queue recent`, created: new Date(Date.now() - 5 * DAY) });
    const old = await jobIn("review", { title: `${tag} queue old`, created: new Date(Date.now() - 121 * DAY) });
    const queue = (await listReviewQueue(1)).jobs.map((j) => j.id);
    expect(queue).toContain(recent);
    expect(queue).not.toContain(old);
    const rejected = await jobIn("rejected", { title: `${tag} moderate me` });
    const moderated = (await listModerationJobs(`${tag} moderate`, 1)).jobs.map((j) => j.id);
    expect(moderated).toEqual([rejected]);
    expect((await listModerationJobs(tag, 1)).jobs.every((j) => j.status !== "review")).toBe(true);
  });

  it("previous and next listings are the neighbouring approved jobs", async () => {
    const t = Date.now() - 400 * DAY;
    const a = await jobIn("approved", { created: new Date(t) });
    await jobIn("draft", { created: new Date(t + 1000) });
    const b = await jobIn("approved", { created: new Date(t + 2000) });
    expect((await getJobNeighbours({ id: b, created: new Date(t + 2000) })).previous?.id).toBe(a);
    expect((await getJobNeighbours({ id: a, created: new Date(t) })).next?.id).toBe(b);
  });
});

describe("posting and moderation", () => {
  it("a new job is a draft with its creator, and sends no mail until it is submitted", async () => {
    const title = `${tag} submit flow`;
    const { id } = await createJob(form({ jobTitle: title }), ids.owner);
    made.push(id);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect([job.status, job.creatorId, job.submittedById]).toEqual(["draft", ids.owner, ids.owner]);
    const subject = `Job Submitted for Approval: ${title}, Memphis Widgets`;
    expect(await mailsTo(JOBS_EMAIL, subject)).toHaveLength(0);
    await submitJobForReview(id, owner);
    expect(await statusOf(id)).toBe("review");
    await submitJobForReview(id, owner);
    expect(await mailsTo(JOBS_EMAIL, subject)).toHaveLength(1);
  });

  it("owners edit their editable jobs, never an approved one; admins edit any; others get not found", async () => {
    const draft = await jobIn("draft");
    await updateJob(draft, form({ city: "Nashville" }), owner);
    expect((await db.job.findUniqueOrThrow({ where: { id: draft } })).locationSlug).toBe("nashville-tn-usa");
    await expect(updateJob(draft, form(), other)).rejects.toMatchObject({ code: "not_found" });
    const approved = await jobIn("approved");
    await expect(updateJob(approved, form(), owner)).rejects.toMatchObject({ code: "not_found" });
    await updateJob(approved, form({ jobTitle: `${tag} staff edit` }), staff);
    expect((await db.job.findUniqueOrThrow({ where: { id: approved } })).lastModifiedById).toBe(ids.other);
  });

  it("approve mails the job's address and jobs@, reject likewise; archive and remove set the status", async () => {
    const approve = await jobIn("review");
    await moderateJob(approve, "approve", boardAdmin);
    const approvedMails = await mailsTo(`${tag}@example.org`, "Python Job Board: Job entry approved");
    expect(approvedMails.at(-1)?.toAddrs).toEqual([`${tag}@example.org`, JOBS_EMAIL]);
    expect(approvedMails.at(-1)?.text).toContain("Pat Recruiter");
    const reject = await jobIn("review");
    await moderateJob(reject, "reject", boardAdmin);
    expect(await mailsTo(`${tag}@example.org`, "Python Job Board: Job entry could not be accepted")).toHaveLength(1);
    // pythondotorg#679: approving a job again (from archived) mails nobody.
    await moderateJob(approve, "archive", boardAdmin);
    expect(await statusOf(approve)).toBe("archived");
    await moderateJob(approve, "approve", boardAdmin);
    expect(await mailsTo(`${tag}@example.org`, "Python Job Board: Job entry approved")).toHaveLength(approvedMails.length);
    await moderateJob(reject, "remove", boardAdmin);
    expect(await statusOf(reject)).toBe("removed");
  });

  it("owners remove their own job; someone else's stays", async () => {
    const id = await jobIn("approved");
    expect(await removeOwnJob(id, other)).toBe(false);
    expect(await statusOf(id)).toBe("approved");
    expect(await removeOwnJob(id, owner)).toBe(true);
    expect(await statusOf(id)).toBe("removed");
  });
});

describe("review comments", () => {
  const subject = (title: string) => `Python Job Board: Review comment for: ${title}, Memphis Widgets`;

  it("the owner's comment mails jobs@ only, an admin's jobs@ and the job's address; empty ones are not saved", async () => {
    const title = `${tag} commented`;
    const { id } = await createJob(form({ jobTitle: title }), ids.owner);
    made.push(id);
    await addReviewComment({ jobId: id, comment: "Is the salary range fine?" }, owner);
    await addReviewComment({ jobId: id, comment: "Please add the salary." }, boardAdmin);
    await addReviewComment({ jobId: id, comment: "   " }, boardAdmin);
    const mails = await db.emailLog.findMany({ where: { subject: subject(title) }, orderBy: { id: "asc" } });
    expect(mails.map((m) => m.toAddrs)).toEqual([[JOBS_EMAIL], [JOBS_EMAIL, `${tag}@example.org`]]);
    expect(mails[0]!.text).toContain("Dear Python Job Board Admin,");
    expect(mails[1]!.text).toContain("There is a new review comment available for your job posting.");
    expect(await db.jobReviewComment.count({ where: { jobId: id } })).toBe(2);
  });

  it("an unrelated user gets 401 and no mail; the owner cannot approve; an admin approves with a comment", async () => {
    const title = `${tag} decided`;
    const id = await jobIn("review", { title });
    await expect(addReviewComment({ jobId: id, comment: "Hi" }, other)).rejects.toMatchObject({ code: "unauthorized" });
    await expect(addReviewComment({ jobId: id, comment: "Hi", action: "approve" }, owner)).rejects.toMatchObject({
      code: "unauthorized",
    });
    expect(await db.emailLog.count({ where: { subject: subject(title) } })).toBe(0);
    await addReviewComment({ jobId: id, comment: "Looks good.", action: "approve" }, boardAdmin);
    expect(await statusOf(id)).toBe("approved");
    expect(await mailsTo(`${tag}@example.org`, "Python Job Board: Job entry approved")).not.toHaveLength(0);
  });
});

describe("scheduled work", () => {
  it("expire_jobs run twice changes a job once, and the job leaves the list, the feed and search", async () => {
    const id = await jobIn("approved", { expires: new Date(Date.now() - 1000) });
    expect((await listFeedJobs(1000)).map((j) => j.id)).toContain(id);
    const first = await expireJobs();
    expect(first).toContain(id);
    const updated = (await db.job.findUniqueOrThrow({ where: { id } })).updated;
    expect(await expireJobs()).not.toContain(id);
    const after = await db.job.findUniqueOrThrow({ where: { id } });
    expect([after.status, after.updated.getTime()]).toEqual(["expired", updated.getTime()]);
    expect((await listFeedJobs(1000)).map((j) => j.id)).not.toContain(id);
    expect((await listSearchableJobs()).map((j) => j.id)).not.toContain(id);
  });

  it("archives jobs expired for a year and deletes drafts untouched for 30 days", async () => {
    const longExpired = await jobIn("expired", { expires: new Date(Date.now() - 400 * DAY) });
    const recentExpired = await jobIn("expired", { expires: new Date(Date.now() - 10 * DAY) });
    await archiveExpiredJobs();
    expect([await statusOf(longExpired), await statusOf(recentExpired)]).toEqual(["archived", "expired"]);
    const stale = await jobIn("draft");
    const fresh = await jobIn("draft");
    await db.$executeRaw`UPDATE jobs_job SET updated = now() - interval '31 days' WHERE id = ${stale}`;
    await deleteAbandonedDrafts();
    expect(await db.job.findUnique({ where: { id: stale } })).toBeNull();
    expect(await db.job.findUnique({ where: { id: fresh } })).not.toBeNull();
  });
});

/**
 * `npx tsx --conditions=react-server scripts/jobs-bench-seed.ts [--remove]`: puts 5,000 approved,
 * unexpired jobs on the board for `npm run bench` (issue #15's budget: /jobs/ with 5,000 jobs, p99
 * under 100 ms at 32 connections), spread over the last 90 days, every active category and type,
 * a tenth of them telecommute and a few featured; `--remove` takes them out again. Their contact
 * address is bench-jobs@example.org, so the demo jobs are untouched.
 */
import "./load-env";
import { jobsTags } from "../lib/jobs/constants";
import { revalidateDomain } from "../lib/platform/cdn/revalidate";
import { db } from "../lib/platform/db";
import { closeRedis } from "../lib/platform/redis";

const COUNT = 5000;
const DAY = 86_400_000;
const EMAIL = "bench-jobs@example.org";
const PLACES = [
  ["Memphis", "TN", "USA"],
  ["Berlin", "", "Germany"],
  ["Pune", "Maharashtra", "India"],
  ["Lagos", "", "Nigeria"],
  ["Toronto", "Ontario", "Canada"],
  ["São Paulo", "SP", "Brazil"],
] as const;
const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

try {
  await db.job.deleteMany({ where: { email: EMAIL } });
  if (!process.argv.includes("--remove")) {
    const [categories, types] = await Promise.all([
      db.jobCategory.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: "asc" } }),
      db.jobType.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: "asc" } }),
    ]);
    if (!categories.length || !types.length) throw new Error("Seed the database first: no job categories or types.");
    const now = Date.now();
    for (let start = 0; start < COUNT; start += 500) {
      const rows = Array.from({ length: Math.min(500, COUNT - start) }, (_, k) => {
        const i = start + k;
        const [city, region, country] = PLACES[i % PLACES.length]!;
        const description = `Benchmark job number ${i}: build and run Python services.`;
        return {
          jobTitle: `Bench Python developer ${i}`,
          companyName: `Bench Company ${i % 97}`,
          categoryId: categories[i % categories.length]!.id,
          city,
          region,
          country,
          locationSlug: slug(`${city} ${region} ${country}`),
          countrySlug: slug(country),
          description,
          descriptionMarkupType: "markdown" as const,
          descriptionRendered: `<p>${description}</p>`,
          requirements: "- Python\n- Tests",
          requirementsMarkupType: "markdown" as const,
          requirementsRendered: "<ul>\n<li>Python</li>\n<li>Tests</li>\n</ul>",
          email: EMAIL,
          url: `https://example.org/bench/jobs/${i}`,
          status: "approved" as const,
          created: new Date(now - ((i * 7919) % (89 * 24)) * 3_600_000),
          expires: new Date(now + 30 * DAY + (i % 60) * DAY),
          telecommuting: i % 10 === 0,
          isFeatured: i % 1000 === 0,
        };
      });
      const made = await db.job.createManyAndReturn({ data: rows, select: { id: true } });
      await db.jobJobType.createMany({
        data: made.flatMap((j, k) => {
          const i = start + k;
          const first = types[i % types.length]!.id;
          const second = types[(i + 1) % types.length]!.id;
          return [...new Set([first, ...(i % 3 === 0 ? [second] : [])])].map((jobTypeId) => ({ jobId: j.id, jobTypeId }));
        }),
      });
    }
    console.log(`jobs: ${COUNT} bench jobs (approved, unexpired) from ${EMAIL}`);
  } else console.log("jobs: bench jobs removed");
  // Fresh planner statistics, as autovacuum would give a live database: without them the planner
  // still sees the few demo jobs and picks plans that walk all 5,000 (the job types menu: 33 ms, 1 ms after).
  await db.$executeRaw`ANALYZE jobs_job, jobs_job_job_types`;
  // The running site's cached job pages (the shared Redis tag store) must not link to jobs that
  // are gone, or miss the new ones.
  await revalidateDomain([jobsTags.jobs], { mode: "immediate", paths: ["/jobs/", "/jobs/feed/rss/"] });
} finally {
  await db.$disconnect();
  await closeRedis();
}

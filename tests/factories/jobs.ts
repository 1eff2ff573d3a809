/**
 * Demo job board (apps/jobs): types, categories, and jobs of our own in every workflow state:
 * five listed (one featured, two remote, one older than a month), three waiting for review (one
 * with a review comment), and one each draft, rejected, archived, removed and expired.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";
import { slugify } from "@/lib/platform/text";

const DAY = 86_400_000;

export const JOB_TYPES = ["Back end", "Data science", "Teaching", "DevOps", "Testing"];
export const JOB_CATEGORIES = ["Software Engineering", "Research", "Education"];
export const JOB_STATES = ["draft", "review", "approved", "rejected", "archived", "removed", "expired"] as const;

type Demo = {
  title: string;
  company: string;
  place: [string, string, string];
  status: (typeof JOB_STATES)[number];
  ageDays: number;
  category: number;
  types: number[];
  description: string;
  requirements: string;
  remote?: boolean;
  featured?: boolean;
  /** Days from now the listing expires (approved: default 60; expired: in the past). */
  expiresIn?: number;
};

export const DEMO_JOBS: Demo[] = [
  { title: "Senior Python Developer", company: "Canal Logistics", place: ["Amsterdam", "", "Netherlands"], status: "approved", ageDays: 3, category: 0, types: [0], featured: true, description: "Route planning for barges and bikes: help us move our **Django** services to async workers.", requirements: "- Five years of Python\n- PostgreSQL and queues\n- Dutch is a plus, not a must" },
  { title: "Data Engineer (Python)", company: "Savanna Analytics", place: ["Nairobi", "", "Kenya"], status: "approved", ageDays: 8, category: 1, types: [1], remote: true, description: "Build the pipelines that turn weather-station readings into crop forecasts for farmer cooperatives.", requirements: "- pandas or Polars\n- Airflow or Dagster\n- Curiosity about agriculture" },
  { title: "Python Instructor", company: "Lakeshore Community College", place: ["Toronto", "Ontario", "Canada"], status: "approved", ageDays: 12, category: 2, types: [2], description: "Teach evening courses in introductory Python and automation to adult learners.", requirements: "- Teaching experience\n- Comfortable with Jupyter and pytest" },
  { title: "Platform Engineer", company: "Outback Energy", place: ["Melbourne", "Victoria", "Australia"], status: "approved", ageDays: 45, category: 0, types: [3, 0], remote: true, expiresIn: 45, description: "Keep our Python services for solar farms running: CI, packaging and Kubernetes.", requirements: "- Python packaging (wheels, uv)\n- Terraform\n- On-call once a month" },
  { title: "QA Automation Engineer", company: "Spree Payments", place: ["Berlin", "", "Germany"], status: "approved", ageDays: 20, category: 0, types: [4], description: "Grow our Playwright and pytest suites for a card-payments API.", requirements: "- pytest fixtures and parametrization\n- HTTP APIs\n- German or English" },
  { title: "Backend Developer", company: "Deccan Health", place: ["Pune", "Maharashtra", "India"], status: "review", ageDays: 1, category: 0, types: [0], description: "FastAPI services for clinic appointment booking across Maharashtra.", requirements: "- FastAPI or Flask\n- SQL\n- Healthcare data experience welcome" },
  { title: "Research Software Engineer", company: "Fjord Ocean Institute", place: ["Bergen", "", "Norway"], status: "review", ageDays: 2, category: 1, types: [1], description: "Write and maintain the Python models our oceanographers run on the cluster.", requirements: "- NumPy, xarray\n- HPC job schedulers" },
  { title: "Python Tutor (part time)", company: "Hill Country Code Club", place: ["Austin", "Texas", "United States"], status: "review", ageDays: 4, category: 2, types: [2], description: "Weekend sessions teaching teenagers to build small games in Python.", requirements: "- Patience\n- pygame or arcade" },
  { title: "Django Developer", company: "Harbour Books", place: ["Cape Town", "Western Cape", "South Africa"], status: "draft", ageDays: 1, category: 0, types: [0], description: "An online shop for second-hand books, built on Django.", requirements: "- Django ORM\n- Stripe" },
  { title: "Crypto Trader Wanted", company: "Quick Gains Ltd", place: ["London", "", "United Kingdom"], status: "rejected", ageDays: 6, category: 0, types: [0], description: "Trade for us; some Python scripting.", requirements: "- None" },
  { title: "Scientific Python Developer", company: "Andes Seismology Lab", place: ["Santiago", "", "Chile"], status: "archived", ageDays: 400, category: 1, types: [1], expiresIn: -300, description: "Earthquake catalogue tools in ObsPy.", requirements: "- ObsPy\n- Spanish" },
  { title: "Site Reliability Engineer", company: "Tidewater Shipping", place: ["Rotterdam", "", "Netherlands"], status: "removed", ageDays: 15, category: 0, types: [3], description: "The poster filled this role and withdrew the posting.", requirements: "- Linux, Python" },
  { title: "Machine Learning Engineer", company: "Prairie Robotics", place: ["Winnipeg", "Manitoba", "Canada"], status: "expired", ageDays: 120, category: 1, types: [1], expiresIn: -30, description: "Vision models for grain-sorting robots.", requirements: "- PyTorch\n- OpenCV" },
];

const md = (source: string) => ({ source, rendered: renderMarkup(source, "markdown") });

async function upsertNamed(db: PrismaClient, kind: "type" | "category", names: string[]) {
  const ids: number[] = [];
  for (const name of names) {
    const args = { where: { slug: slugify(name) }, update: {}, create: { name, slug: slugify(name) } };
    ids.push((kind === "type" ? await db.jobType.upsert(args) : await db.jobCategory.upsert(args)).id);
  }
  return ids;
}

export async function seedJobs(db: PrismaClient, submitterId: number | null, now = new Date()) {
  const typeIds = await upsertNamed(db, "type", JOB_TYPES);
  const categoryIds = await upsertNamed(db, "category", JOB_CATEGORIES);
  for (const [i, j] of DEMO_JOBS.entries()) {
    if (await db.job.findFirst({ where: { jobTitle: j.title, companyName: j.company } })) continue;
    const [city, region, country] = j.place;
    const description = md(j.description);
    const requirements = md(j.requirements);
    const expiresIn = j.expiresIn ?? (j.status === "approved" ? 60 : null);
    const job = await db.job.create({
      data: {
        jobTitle: j.title,
        companyName: j.company,
        city,
        region,
        country,
        locationSlug: slugify(`${city} ${region} ${country}`),
        countrySlug: slugify(country),
        categoryId: categoryIds[j.category]!,
        description: description.source,
        descriptionMarkupType: "markdown",
        descriptionRendered: description.rendered,
        requirements: requirements.source,
        requirementsMarkupType: "markdown",
        requirementsRendered: requirements.rendered,
        email: `careers@${slugify(j.company)}.example.org`,
        url: `https://${slugify(j.company)}.example.org/careers/`,
        contact: "Hiring team",
        status: j.status,
        telecommuting: Boolean(j.remote),
        agencies: i % 3 === 0,
        isFeatured: Boolean(j.featured),
        created: new Date(now.getTime() - j.ageDays * DAY),
        expires: expiresIn === null ? null : new Date(now.getTime() + expiresIn * DAY),
        submittedById: submitterId,
        creatorId: submitterId,
        jobTypes: { create: j.types.map((t) => ({ jobTypeId: typeIds[t]! })) },
      },
    });
    if (j.title === "Research Software Engineer") {
      const comment = md("Could you add the salary band and whether the role is on a fixed-term contract?");
      await db.jobReviewComment.create({
        data: { jobId: job.id, comment: comment.source, commentMarkupType: "markdown", commentRendered: comment.rendered },
      });
    }
  }
}

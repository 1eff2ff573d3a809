/** Demo job board: types, categories and one job in every workflow state (apps/jobs). */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const DAY = 86_400_000;
const md = (s: string) => ({
  markup: "html" as const,
  source: `<p>${s}</p>`,
  rendered: renderMarkup(`<p>${s}</p>`, "html"),
});

export const JOB_TYPES = ["Back end", "Data science", "Teaching", "DevOps", "Testing"];
export const JOB_CATEGORIES = ["Software Engineering", "Research", "Education"];
export const JOB_STATES = [
  "draft",
  "review",
  "approved",
  "rejected",
  "archived",
  "removed",
  "expired",
] as const;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export async function seedJobs(db: PrismaClient, submitterId: number | null, now = new Date()) {
  const typeIds: number[] = [];
  for (const name of JOB_TYPES)
    typeIds.push(
      (
        await db.jobType.upsert({
          where: { slug: slug(name) },
          update: {},
          create: { name, slug: slug(name) },
        })
      ).id,
    );
  const categoryIds: number[] = [];
  for (const name of JOB_CATEGORIES)
    categoryIds.push(
      (
        await db.jobCategory.upsert({
          where: { slug: slug(name) },
          update: {},
          create: { name, slug: slug(name) },
        })
      ).id,
    );

  const places = [
    ["Amsterdam", "", "Netherlands"],
    ["Austin", "Texas", "United States"],
    ["Nairobi", "", "Kenya"],
    ["Pune", "Maharashtra", "India"],
    ["Toronto", "Ontario", "Canada"],
    ["Berlin", "", "Germany"],
    ["Melbourne", "Victoria", "Australia"],
  ] as const;
  for (const [i, status] of JOB_STATES.entries()) {
    const title = `Python developer (${status} demo)`;
    const company = `Example Co ${i + 1}`;
    if (await db.job.findFirst({ where: { jobTitle: title, companyName: company } })) continue;
    const [city, region, country] = places[i]!;
    const description = md("Build and maintain services written in Python with a small, friendly team.");
    const requirements = md("Several years of Python, comfort with SQL and automated tests.");
    await db.job.create({
      data: {
        jobTitle: title,
        companyName: company,
        city,
        region,
        country,
        locationSlug: slug(`${city} ${region} ${country}`),
        countrySlug: slug(country),
        categoryId: categoryIds[i % categoryIds.length]!,
        description: description.source,
        descriptionMarkupType: description.markup,
        descriptionRendered: description.rendered,
        requirements: requirements.source,
        requirementsMarkupType: requirements.markup,
        requirementsRendered: requirements.rendered,
        email: `jobs${i + 1}@example.org`,
        url: "https://example.org/careers",
        contact: "Hiring team",
        status,
        telecommuting: i % 2 === 0,
        agencies: false,
        isFeatured: status === "approved",
        expires:
          status === "approved"
            ? new Date(now.getTime() + 60 * DAY)
            : status === "expired"
              ? new Date(now.getTime() - 100 * DAY)
              : null,
        submittedById: submitterId,
        creatorId: submitterId,
        jobTypes: { create: [{ jobTypeId: typeIds[i % typeIds.length]! }] },
      },
    });
  }
}

/** apps/jobs: job types, categories, jobs (with their types) and the moderators' review comments. */
import { jobCountrySlug, jobLocationSlug } from "../../../lib/jobs/utils";
import type { Mapping } from "../types";
import {
  bool,
  contentManageable,
  date,
  fk,
  fkOrNull,
  legacyPk,
  many,
  markupField,
  markupSpec,
  MapError,
  nameSlug,
  required,
  str,
  strOrNull,
} from "./common";

const STATUSES = new Set(["draft", "review", "approved", "rejected", "archived", "removed", "expired"]);

/** A NameSlugModel with an `active` flag (JobType, JobCategory). */
const activeNameSlug = (model: string, table: string): Mapping => ({
  model,
  table,
  adopt: (d) => ({ slug: d.slug }),
  map: (row) => ({
    data: { legacyId: legacyPk(row.pk), ...nameSlug(row.fields), active: bool(row.fields.active, true) },
  }),
});

const job: Mapping = {
  model: "jobs.job",
  table: "job",
  dependsOn: ["users.user", "jobs.jobtype", "jobs.jobcategory"],
  markup: [markupSpec("companyDescription"), markupSpec("description"), markupSpec("requirements")],
  links: { jobTypes: { table: "jobJobType", own: "jobId", other: "jobTypeId" } },
  map(row, ctx) {
    const f = row.fields;
    const status = str(f.status, "review");
    if (!STATUSES.has(status)) throw new MapError(`status "${status}" is not a job status`);
    required(f, "job_title", "city", "country", "email");
    const [jobTitle, city, country, email] = [str(f.job_title), str(f.city), str(f.country), str(f.email)];
    const region = str(f.region);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        categoryId: fk(ctx, "jobs.jobcategory", f.category, "category"),
        otherJobType: str(f.other_job_type),
        companyName: strOrNull(f.company_name),
        ...markupField(f, "company_description", "companyDescription", "restructuredtext"),
        jobTitle,
        city,
        region,
        country,
        // Not editable in Django (Job.save() derives them); derived the same way when absent.
        locationSlug: str(f.location_slug) || jobLocationSlug(city, region, country),
        countrySlug: str(f.country_slug) || jobCountrySlug(country),
        ...markupField(f, "description", "description", "restructuredtext"),
        ...markupField(f, "requirements", "requirements", "restructuredtext"),
        contact: strOrNull(f.contact),
        email,
        url: strOrNull(f.url),
        submittedById: fkOrNull(ctx, "users.user", f.submitted_by),
        status,
        expires: date(f.expires),
        telecommuting: bool(f.telecommuting),
        agencies: bool(f.agencies, true),
        isFeatured: bool(f.is_featured),
      },
      links: { jobTypes: many(ctx, "jobs.jobtype", f.job_types, "job_types") },
    };
  },
};

const reviewComment: Mapping = {
  model: "jobs.jobreviewcomment",
  table: "jobReviewComment",
  dependsOn: ["users.user", "jobs.job"],
  markup: [markupSpec("comment")],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      jobId: fk(ctx, "jobs.job", row.fields.job, "job"),
      ...markupField(row.fields, "comment", "comment", "restructuredtext"),
    },
  }),
};

export const jobsMappings: Mapping[] = [
  activeNameSlug("jobs.jobtype", "jobType"),
  activeNameSlug("jobs.jobcategory", "jobCategory"),
  job,
  reviewComment,
];

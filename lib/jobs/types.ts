import type { JobStatusName } from "./constants";

export type NamedSlug = { name: string; slug: string };

export type JobFilter = {
  typeSlug?: string;
  categorySlug?: string;
  locationSlug?: string;
  telecommute?: boolean;
};

export type JobListItem = {
  id: number;
  jobTitle: string;
  companyName: string | null;
  city: string;
  region: string;
  country: string;
  locationSlug: string;
  created: Date;
  status: JobStatusName;
  expires: Date | null;
  telecommuting: boolean;
  isFeatured: boolean;
  category: NamedSlug;
  jobTypes: NamedSlug[];
};

export type JobPage = { jobs: JobListItem[]; total: number; page: number; perPage: number };

type Markup = "markdown" | "markdown_unsafe" | "restructuredtext" | "html" | "plain";

export type JobReviewCommentView = { id: number; created: Date; html: string; author: string | null };

export type JobDetail = JobListItem & {
  categoryId: number;
  jobTypeIds: number[];
  creatorId: number | null;
  otherJobType: string;
  companyDescription: string;
  companyDescriptionMarkupType: Markup;
  companyDescriptionRendered: string;
  description: string;
  descriptionMarkupType: Markup;
  descriptionRendered: string;
  requirements: string;
  requirementsMarkupType: Markup;
  requirementsRendered: string;
  contact: string | null;
  email: string;
  url: string | null;
  agencies: boolean;
};

/** A link to another job (same category, previous / next listing). */
export type JobLink = { id: number; jobTitle: string; companyName: string | null };

/** What a visitor may do on a job's page (JobDetail's context flags). */
export type JobViewer = {
  userId: number | null;
  isOwner: boolean;
  isAdmin: boolean;
};

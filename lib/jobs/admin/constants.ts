import type { AdminSection } from "@/lib/admin/types";
import { canModerateJobs } from "@/lib/jobs/permissions";

/** The jobs screens of the admin: the one part of it a Job Board Admin (not staff) reaches. */
export const jobsSection: AdminSection = { href: "/admin/jobs/", label: "Jobs", allowed: canModerateJobs };
export const jobsAdmin: AdminSection[] = [jobsSection];

// JobAdmin: list_display title, company, status, created; list_filter status and is_featured.
export const JOBS_LIST_SPEC = {
  sorts: ["created", "jobTitle", "status"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: {
    status: ["draft", "review", "approved", "rejected", "archived", "removed", "expired"],
    featured: ["yes", "no"],
  },
} as const;

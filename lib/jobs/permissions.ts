/**
 * Who may moderate the job board: staff, superusers, or the "Job Board Admin" group's
 * jobs.moderate, without being staff (reference ecosystem AC-AUTHZ-1, pythondotorg#630).
 */
import { has, type Who } from "@/lib/users/permissions";

export const jobsPermissions = { moderate: "jobs.moderate" } as const;

export const canModerateJobs = (who: Who) => has(who, jobsPermissions.moderate);

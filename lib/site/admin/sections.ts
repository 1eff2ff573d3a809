/**
 * The admin sidebar: every domain's admin screens, one line per domain (each list lives in
 * lib/<domain>/admin/constants.ts with the permission that guards it). The layout shows a
 * section to whoever its check allows; the section's pages and actions check it again.
 */
import { dashboardSection, platformAdmin } from "@/lib/admin/constants";
import type { AdminNavItem, AdminSection } from "@/lib/admin/types";
import { bannersAdmin } from "@/lib/banners/admin/constants";
import { blogsAdmin } from "@/lib/blogs/admin/constants";
import { codeSamplesAdmin } from "@/lib/code-samples/admin/constants";
import { communityAdmin } from "@/lib/community/admin/constants";
import { companiesAdmin } from "@/lib/companies/admin/constants";
import { boxesAdmin } from "@/lib/boxes/admin/constants";
import { downloadsAdmin } from "@/lib/downloads/admin/constants";
import { eventsAdmin } from "@/lib/events/admin/constants";
import { flagsAdmin } from "@/lib/flags/admin/constants";
import { mailingAdmin } from "@/lib/mailing/admin/constants";
import { membershipAdmin } from "@/lib/membership/admin/constants";
import { canManageDownloads } from "@/lib/downloads/permissions";
import { jobsAdmin } from "@/lib/jobs/admin/constants";
import { canModerateJobs } from "@/lib/jobs/permissions";
import { navigationAdmin } from "@/lib/navigation/admin/constants";
import { nominationsAdmin } from "@/lib/nominations/admin/constants";
import { minutesAdmin } from "@/lib/minutes/admin/constants";
import { pagesAdmin } from "@/lib/pages/admin/constants";
import { sponsorsAdmin } from "@/lib/sponsors/admin/constants";
import { successStoriesAdmin } from "@/lib/success-stories/admin/constants";
import { usersAdmin } from "@/lib/users/admin/constants";
import { workGroupsAdmin } from "@/lib/work-groups/admin/constants";
import type { Principal } from "@/lib/users/types";

export const ADMIN_SECTIONS: AdminSection[] = [
  dashboardSection,
  ...usersAdmin,
  ...downloadsAdmin,
  ...pagesAdmin,
  ...bannersAdmin,
  ...navigationAdmin,
  ...codeSamplesAdmin,
  ...minutesAdmin,
  ...boxesAdmin,
  ...workGroupsAdmin,
  ...companiesAdmin,
  ...successStoriesAdmin,
  ...blogsAdmin,
  ...communityAdmin,
  ...jobsAdmin,
  ...eventsAdmin,
  ...membershipAdmin,
  ...nominationsAdmin,
  ...sponsorsAdmin,
  ...flagsAdmin,
  ...mailingAdmin,
  ...platformAdmin,
  // The API reference is for the people who write through the APIs (release managers, job moderators).
  { href: "/api/docs/", label: "API reference", allowed: (p) => canManageDownloads(p) || canModerateJobs(p) },
];

export const sectionsFor = (p: Principal): AdminNavItem[] =>
  ADMIN_SECTIONS.filter((s) => s.allowed(p)).map(({ href, label }) => ({ href, label }));

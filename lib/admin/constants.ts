/**
 * The admin's own screens: the dashboard and the platform screens (audit log, mail outbox,
 * background runs), which belong to no domain.
 */
import { canAccessAdmin, canManageUsers, canReadOutbox } from "@/lib/users/permissions";
import type { AdminSection } from "./types";

export const dashboardSection: AdminSection = {
  href: "/admin/",
  label: "Dashboard",
  allowed: canAccessAdmin,
};
export const auditSection: AdminSection = {
  href: "/admin/audit/",
  label: "Audit log",
  allowed: canManageUsers,
};
export const outboxSection: AdminSection = {
  href: "/admin/mail/",
  label: "Mail outbox",
  allowed: canReadOutbox,
};
/** Every background function, its last runs and "Run now": staff, like the users screens. */
export const runsSection: AdminSection = {
  href: "/admin/runs/",
  label: "Background runs",
  allowed: canManageUsers,
};

export const platformAdmin: AdminSection[] = [auditSection, outboxSection, runsSection];

/** Rows per page of an admin list unless the list says otherwise. */
export const ADMIN_PER_PAGE = 25;

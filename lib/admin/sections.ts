/** The admin sidebar: each section is shown to whoever its check allows (and enforced again on the server). */
import { canManageDownloads, canManageUsers, canModerateJobs, canReadOutbox } from "@/lib/users/permissions";
import type { Principal } from "@/lib/users/types";

export type AdminSection = { href: string; label: string; allowed: (p: Principal) => boolean };

export const ADMIN_SECTIONS: AdminSection[] = [
  { href: "/admin/", label: "Dashboard", allowed: () => true },
  { href: "/admin/users/", label: "Users", allowed: canManageUsers },
  { href: "/admin/downloads/", label: "Releases", allowed: canManageDownloads },
  { href: "/admin/audit/", label: "Audit log", allowed: canManageUsers },
  { href: "/admin/mail/", label: "Mail outbox", allowed: canReadOutbox },
  { href: "/api/docs/", label: "API reference", allowed: (p) => canManageDownloads(p) || canModerateJobs(p) },
];

export const sectionsFor = (p: Principal) =>
  ADMIN_SECTIONS.filter((s) => s.allowed(p)).map(({ href, label }) => ({ href, label }));

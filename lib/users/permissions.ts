/**
 * Role checks used by pages, actions, route handlers and the data layer. Superusers may do
 * everything; staff may do everything an admin screen offers except where noted; groups grant
 * named permissions (tests/factories/users.ts GROUPS). A job-board admin who is not staff can
 * moderate jobs and nothing else (reference ecosystem AC-AUTHZ-1, pythondotorg#630).
 */
import type { Principal } from "./types";

export const PERMISSIONS = {
  moderateJobs: "jobs.moderate",
  manageEvents: "events.manage",
  manageSponsors: "sponsors.manage",
  publishSponsors: "sponsors.publish",
  editPages: "pages.edit",
  editBoxes: "boxes.edit",
  editBlogs: "blogs.edit",
  manageDownloads: "downloads.manage",
} as const;

type Who = Pick<Principal, "isStaff" | "isSuperuser" | "permissions"> | null | undefined;

const has = (who: Who, permission: string) =>
  Boolean(who && (who.isSuperuser || who.isStaff || who.permissions.includes(permission)));

export const canAccessAdmin = (who: Who) =>
  Boolean(
    who &&
    (who.isSuperuser || who.isStaff || Object.values(PERMISSIONS).some((p) => who.permissions.includes(p))),
  );
export const canModerateJobs = (who: Who) => has(who, PERMISSIONS.moderateJobs);
export const canManageEvents = (who: Who) => has(who, PERMISSIONS.manageEvents);
export const canManageSponsors = (who: Who) => has(who, PERMISSIONS.manageSponsors);
/** apps/sponsors/api.py SponsorPublisherPermission: staff, superuser or sponsors.sponsor_publisher. */
export const canPublishSponsors = (who: Who) => has(who, PERMISSIONS.publishSponsors);
export const canEditPages = (who: Who) => has(who, PERMISSIONS.editPages);
export const canManageDownloads = (who: Who) => has(who, PERMISSIONS.manageDownloads);
/** Users, roles and the audit log: staff and superusers only, never a group permission. */
export const canManageUsers = (who: Who) => Boolean(who && (who.isSuperuser || who.isStaff));
/** The mail outbox shows other people's mail: staff only. */
export const canReadOutbox = canManageUsers;

/** Staff or superuser: who sees unpublished releases and pages through the APIs. */
export const isStaffOrSuperuser = (who: Who) => Boolean(who && (who.isSuperuser || who.isStaff));

/** AC-SESS-4: the admin wants a sign-in from the last 12 hours, however long the session lives. */
export const ADMIN_REAUTH_SECONDS = 12 * 3600;

export const hasFreshSignIn = (principal: Pick<Principal, "authAt">, now = Date.now()) =>
  now / 1000 - (principal.authAt ?? 0) <= ADMIN_REAUTH_SECONDS;

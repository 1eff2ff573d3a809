"use client";

/** The signed-in visitor as /api/session tells it (the /api/me shape); null when signed out. */
export type Me = { username: string; is_staff: boolean; is_superuser: boolean; permissions: string[] };

let pending: Promise<Me | null> | null = null;
let askedAt = 0;
// Long enough to share one answer among a page's components, short enough that a sign-in or
// sign-out followed by client-side navigation is seen on the next page.
const SHARE_MS = 5_000;

/**
 * One /api/session request per page load, shared by every component that asks (the header's account
 * link, a page's "Edit this page"), so cached pages learn who is looking without a second trip.
 */
export function fetchMe(): Promise<Me | null> {
  if (pending && Date.now() - askedAt < SHARE_MS) return pending;
  askedAt = Date.now();
  // /api/session, not /api/me: a signed-out visitor gets 200 and null, so no page logs a 401.
  pending = fetch("/api/session", { credentials: "same-origin" })
    .then((r) => (r.ok ? (r.json() as Promise<{ user: Me | null }>).then((b) => b.user) : null))
    .catch(() => null);
  return pending;
}

/** Staff and superusers hold every permission (lib/users/permissions.ts `has`). */
export const meHas = (me: Me | null, permission: string) =>
  Boolean(me && (me.is_staff || me.is_superuser || me.permissions.includes(permission)));

import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { listVisibleSponsorships } from "@/lib/sponsors/sponsorship/data";
import { getDashboardSponsorship } from "./data";

const signIn = (returnTo: string): never =>
  redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);

/** /users/sponsorships/: the signed-in person's sponsorships, active (finalized, not ended) first. */
export async function loadSponsorDashboard() {
  const principal = (await getSessionPrincipal()) ?? signIn("/users/sponsorships/");
  const rows = await listVisibleSponsorships(principal.userId);
  const today = new Date();
  const active = rows.filter((r) => r.status === "finalized" && r.endDate && r.endDate > today);
  return { active, inactive: rows.filter((r) => !active.includes(r)) };
}

/** One sponsorship: its contacts (superusers any) see it; anyone else gets the same 404 (AC-AUTHZ-1). */
export async function loadDashboardSponsorship(raw: string) {
  const principal = (await getSessionPrincipal()) ?? signIn(`/users/sponsorships/${raw}/`);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const row = id === null ? null : await getDashboardSponsorship(id, principal);
  if (!row) notFound();
  return row;
}

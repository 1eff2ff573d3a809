import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { listVisibleSponsorships } from "@/lib/sponsors/sponsorship/data";
import { storage } from "@/lib/platform/storage";
import { getDashboardSponsorship } from "./data";
import { dashboardAssets } from "./utils";

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

/**
 * The assets pages (UpdateSponsorshipAssetsView, ProvidedSponsorshipAssetsView): the sponsorship's
 * required and provided assets, optionally one of them (`?required_asset=` / `?provided_asset=`
 * by field name; an unknown one is a 404), provided files with their download URL.
 */
export async function loadDashboardAssets(raw: string, only?: { required?: string; provided?: string }) {
  const s = await loadDashboardSponsorship(raw);
  const { required, provided } = dashboardAssets(s);
  const pick = <T extends { field: string }>(lines: T[], field?: string) => {
    if (!field) return lines;
    const one = lines.filter((l) => l.field === field);
    if (!one.length) notFound();
    return one;
  };
  return {
    sponsorship: s,
    required: pick(required, only?.required),
    provided: pick(provided, only?.provided).map((l) => ({
      ...l,
      url: l.isFile && l.value ? storage().url(l.value) : "",
    })),
  };
}

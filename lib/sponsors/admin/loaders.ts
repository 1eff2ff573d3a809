import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { SPONSORSHIP_LIST_SPEC, sponsorshipsSection } from "./constants";
import { getAdminSponsorship, getConfigOverview, listAdminSponsorships, listPackageChoices } from "./data";

export async function loadAdminSponsorships(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/sponsors/", sponsorshipsSection);
  const params = parseListParams(raw, SPONSORSHIP_LIST_SPEC);
  return { params, ...(await listAdminSponsorships(params)) };
}

/** One sponsorship's change page; 404 when there is none. */
export async function loadAdminSponsorship(id: string) {
  await requireAdmin(`/admin/sponsors/${id}/`, sponsorshipsSection);
  const row = dbId(id) === null ? null : await getAdminSponsorship(dbId(id)!);
  if (!row) notFound();
  return { sponsorship: row, packages: await listPackageChoices() };
}

/** The configuration screen: the active year and every configured year with its counts. */
export async function loadSponsorshipConfig() {
  await requireAdmin("/admin/sponsors/config/", sponsorshipsSection);
  return getConfigOverview();
}

import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { storage } from "@/lib/platform/storage";
import { ASSET_LIST_SPEC, assetsSection, SPONSOR_LIST_SPEC, sponsorRecordsSection } from "./constants";
import { getAdminSponsor, listAdminAssets, listAdminSponsors } from "./data";

type Raw = Record<string, string | string[] | undefined>;

export async function loadAdminSponsors(raw: Raw) {
  await requireAdmin(sponsorRecordsSection.href, sponsorRecordsSection);
  const params = parseListParams(raw, SPONSOR_LIST_SPEC);
  return { params, ...(await listAdminSponsors(params)) };
}

export async function loadNewSponsorForm() {
  await requireAdmin(`${sponsorRecordsSection.href}new/`, sponsorRecordsSection);
}

/** One sponsor's change page; 404 when there is none. */
export async function loadAdminSponsor(id: string) {
  await requireAdmin(`${sponsorRecordsSection.href}${id}/`, sponsorRecordsSection);
  const row = dbId(id) === null ? null : await getAdminSponsor(dbId(id)!);
  if (!row) notFound();
  const url = (key: string | null) => (key ? storage().url(key) : "");
  return {
    sponsor: row,
    logoUrls: { webLogo: url(row.webLogo), whiteLogo: url(row.whiteLogo), printLogo: url(row.printLogo) },
    assetUrls: Object.fromEntries(row.assets.map((a) => [a.id, url(a.image ?? a.file)])),
  };
}

export async function loadAdminAssets(raw: Raw) {
  await requireAdmin(assetsSection.href, assetsSection);
  const params = parseListParams(raw, ASSET_LIST_SPEC);
  const { rows, total } = await listAdminAssets(params);
  const url = (key: string | null) => (key ? storage().url(key) : "");
  return { params, total, rows: rows.map((r) => ({ ...r, url: url(r.image ?? r.file) })) };
}

import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId } from "@/lib/admin/utils";
import { storage } from "@/lib/platform/storage";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { getSponsorshipInlines } from "./data";

/** The sponsorship change page's benefit and asset inlines (the rest of the page has its own loader). */
export async function loadSponsorshipInlines(id: string) {
  await requireAdmin(`/admin/sponsors/${id}/`, sponsorshipsSection);
  const row = dbId(id) === null ? null : await getSponsorshipInlines(dbId(id)!);
  if (!row) notFound();
  const url = (key: string | null) => (key ? storage().url(key) : "");
  return {
    ...row,
    openForEditing: row.status === "applied" || !row.locked,
    assets: row.assets.map((a) => ({ ...a, url: url(a.image ?? a.file) })),
  };
}

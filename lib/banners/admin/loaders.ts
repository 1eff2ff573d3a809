import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { BANNER_LIST_SPEC, bannersSection } from "./constants";
import { getAdminBanner, listAdminBanners } from "./data";

/** Banners: staff and whoever holds banners.edit. */
export async function loadAdminBanners(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/banners/", bannersSection);
  const params = parseListParams(raw, BANNER_LIST_SPEC);
  return { params, ...(await listAdminBanners(params)) };
}

export async function loadAdminBannerForm() {
  await requireAdmin("/admin/banners/new/", bannersSection);
}

/** One banner's change form; 404 when there is no such banner. */
export async function loadAdminBanner(id: string) {
  await requireAdmin(`/admin/banners/${id}/`, bannersSection);
  const banner = dbId(id) === null ? null : await getAdminBanner(dbId(id)!);
  if (!banner) notFound();
  return banner;
}

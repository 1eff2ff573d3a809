import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { parseListParams } from "@/lib/admin/utils";
import { canManageDownloads } from "@/lib/users/permissions";
import {
  getAdminRelease,
  getAdminReleaseFile,
  listAdminOperatingSystems,
  listAdminReleases,
  listReleaseManagerKeys,
} from "./data";
import { getDownloadStats } from "@/lib/downloads/stats/data";
import { listReleaseCycle } from "@/lib/downloads/cycle/data";
import { endOfLifeFor } from "@/lib/downloads/cycle/utils";
import { getReleaseDetail } from "@/lib/downloads/data";
import { RELEASE_LIST_SPEC } from "./schema";

/** Releases, files and operating systems: staff and the Downloads Admin group. */
export async function loadAdminReleases(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/downloads/", canManageDownloads);
  const params = parseListParams(raw, RELEASE_LIST_SPEC);
  return { params, ...(await listAdminReleases(params)) };
}

export async function loadAdminRelease(id: string) {
  await requireAdmin(`/admin/downloads/releases/${id}/`, canManageDownloads);
  const [release, systems] = await Promise.all([
    /^\d+$/.test(id) && Number(id) < 2 ** 31 ? getAdminRelease(Number(id)) : null,
    listAdminOperatingSystems(),
  ]);
  if (!release) notFound();
  return { release, systems };
}

const dbId = (id: string) => (/^\d+$/.test(id) && Number(id) < 2 ** 31 ? Number(id) : null);

export async function loadAdminReleaseFile(releaseId: string, fileId: string) {
  await requireAdmin(`/admin/downloads/releases/${releaseId}/files/${fileId}/`, canManageDownloads);
  const [r, f] = [dbId(releaseId), dbId(fileId)];
  const [file, systems] = await Promise.all([
    r !== null && f !== null ? getAdminReleaseFile(r, f) : null,
    listAdminOperatingSystems(),
  ]);
  if (!file) notFound();
  return { file, systems };
}

/**
 * The release page as visitors will see it, drafts included, for the people who may publish it
 * (the public page answers 404 until then). Rendered per request, never cached.
 */
export async function loadReleasePreview(id: string) {
  await requireAdmin(`/admin/downloads/releases/${id}/preview/`, canManageDownloads);
  const admin = /^\d+$/.test(id) && Number(id) < 2 ** 31 ? await getAdminRelease(Number(id)) : null;
  if (!admin) notFound();
  const [release, cycle] = await Promise.all([getReleaseDetail(admin.slug), listReleaseCycle()]);
  if (!release) notFound();
  return { ...release, endOfLife: endOfLifeFor(release.name, cycle)?.date ?? null };
}

export async function loadNewRelease() {
  await requireAdmin("/admin/downloads/releases/new/", canManageDownloads);
}

export async function loadAdminOperatingSystems() {
  await requireAdmin("/admin/downloads/os/", canManageDownloads);
  return listAdminOperatingSystems();
}

export async function loadReleaseManagerKeys() {
  await requireAdmin("/admin/downloads/keys/", canManageDownloads);
  return listReleaseManagerKeys();
}

export async function loadDownloadStats() {
  await requireAdmin("/admin/downloads/stats/", canManageDownloads);
  return getDownloadStats(30);
}

import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { getDownloadStats } from "@/lib/downloads/stats/data";
import { listReleaseCycle } from "@/lib/downloads/cycle/data";
import { endOfLifeFor } from "@/lib/downloads/cycle/utils";
import { getReleaseDetail } from "@/lib/downloads/release/data";
import {
  getAdminRelease,
  getAdminReleaseFile,
  listAdminOperatingSystems,
  listAdminReleases,
  listReleaseManagerKeys,
} from "./data";
import { RELEASE_LIST_SPEC, releasesSection } from "./constants";

/** Releases, files and operating systems: staff and the Downloads Admin group. */
export async function loadAdminReleases(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/downloads/", releasesSection);
  const params = parseListParams(raw, RELEASE_LIST_SPEC);
  return { params, ...(await listAdminReleases(params)) };
}

export async function loadAdminRelease(id: string) {
  await requireAdmin(`/admin/downloads/releases/${id}/`, releasesSection);
  const [release, systems] = await Promise.all([
    dbId(id) === null ? null : getAdminRelease(dbId(id)!),
    listAdminOperatingSystems(),
  ]);
  if (!release) notFound();
  return { release, systems };
}

export async function loadAdminReleaseFile(releaseId: string, fileId: string) {
  await requireAdmin(`/admin/downloads/releases/${releaseId}/files/${fileId}/`, releasesSection);
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
  await requireAdmin(`/admin/downloads/releases/${id}/preview/`, releasesSection);
  const admin = dbId(id) === null ? null : await getAdminRelease(dbId(id)!);
  if (!admin) notFound();
  const [release, cycle] = await Promise.all([getReleaseDetail(admin.slug), listReleaseCycle()]);
  if (!release) notFound();
  return { ...release, endOfLife: endOfLifeFor(release.name, cycle)?.date ?? null };
}

export async function loadNewRelease() {
  await requireAdmin("/admin/downloads/releases/new/", releasesSection);
}

export async function loadAdminOperatingSystems() {
  await requireAdmin("/admin/downloads/os/", releasesSection);
  return listAdminOperatingSystems();
}

export async function loadReleaseManagerKeys() {
  await requireAdmin("/admin/downloads/keys/", releasesSection);
  return listReleaseManagerKeys();
}

export async function loadDownloadStats() {
  await requireAdmin("/admin/downloads/stats/", releasesSection);
  return getDownloadStats(30);
}

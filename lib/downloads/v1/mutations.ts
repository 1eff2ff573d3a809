import "server-only";
import { AppError } from "@/lib/platform/errors";
import { createOperatingSystem } from "@/lib/downloads/os/mutations";
import { createReleaseFile, deleteReleaseFilesOf } from "@/lib/downloads/release-file/mutations";
import { createRelease } from "@/lib/downloads/release/mutations";
import type { z } from "zod";
import type { v1OsBodySchema, v1ReleaseBodySchema, v1ReleaseFileBodySchema } from "./schema";

// v1 writes reuse the v2 mutations (same rules, transactions, revalidation and events); only
// the link format differs (/api/v1/... resource URIs).
const asV2PageLink = (link: string | null | undefined) =>
  link === undefined || link === null ? link : `/api/v2/pages/page/${/(\d+)\/?$/.exec(link)![1]}/`;

export async function createV1Os(body: z.output<typeof v1OsBodySchema>, userId: number) {
  return createOperatingSystem(body, userId);
}

export async function createV1Release(body: z.output<typeof v1ReleaseBodySchema>, userId: number) {
  return createRelease({ ...body, release_page: asV2PageLink(body.release_page) }, userId);
}

export async function createV1ReleaseFile(body: z.output<typeof v1ReleaseFileBodySchema>, userId: number) {
  return createReleaseFile(body, userId);
}

/** apps/downloads/api.py: a collection DELETE needs exactly one ?release=<id> and nothing else. */
export async function deleteV1ReleaseFiles(params: URLSearchParams): Promise<void> {
  const releases = params.getAll("release");
  const others = [...params.keys()].filter((k) => k !== "release");
  if (releases.length !== 1 || others.length || !/^\d+$/.test(releases[0]!))
    throw new AppError("bad_request", "Deleting release files requires exactly one 'release' filter.");
  await deleteReleaseFilesOf(Number(releases[0]));
}

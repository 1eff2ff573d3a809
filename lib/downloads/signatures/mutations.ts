/**
 * Signature checks of a release's files (the Inngest function downloads-verify-signatures runs
 * this on downloads/release.published). Files and signatures are fetched through the SSRF-guarded
 * fetcher, from the download host only; the verdict is stored per file and shown on the release
 * page. A network failure is recorded as "error" and thrown so the function retries.
 */
import "server-only";
import { downloadsTags } from "@/lib/downloads/constants";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { safeFetch, type SafeFetchOptions } from "@/lib/platform/fetch";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { readPublicKey, verifyDetachedSignature } from "./utils";

// Installers and tarballs run to ~100 MB today; the fetcher buffers, so cap generously but finitely.
const MAX_FILE_BYTES = 300 * 1024 * 1024;

export type SignatureRunResult = { fileId: number; status: "valid" | "invalid" | "error" | "skipped" };

/**
 * `via` is for tests: fetch options (a private test host) and a URL mapping that sends the
 * python.org URLs to a local server, still through the guarded fetcher.
 */
export async function verifyReleaseFileSignature(
  fileId: number,
  via: { fetchOptions?: Partial<SafeFetchOptions>; mapUrl?: (url: string) => string } = {},
): Promise<SignatureRunResult> {
  const { fetchOptions = {}, mapUrl = (u: string) => u } = via;
  const file = await db.releaseFile.findUnique({
    where: { id: fileId },
    select: {
      url: true,
      gpgSignatureFile: true,
      updated: true,
      signatureCheck: { select: { status: true, checkedAt: true } },
    },
  });
  if (!file?.gpgSignatureFile) return { fileId, status: "skipped" };
  // Idempotent: a valid verdict newer than the file's last change stands.
  const check = file.signatureCheck;
  if (check?.status === "valid" && check.checkedAt && check.checkedAt > file.updated)
    return { fileId, status: "skipped" };

  const keys = await db.releaseManagerKey.findMany({ where: { active: true }, select: { armoredKey: true } });
  const options: Partial<SafeFetchOptions> = {
    allowedHosts: [new URL(env.DOWNLOAD_BASE_URL).hostname],
    timeoutMs: 120_000,
    ...fetchOptions,
  };
  let verdict;
  try {
    const [data, signature] = await Promise.all([
      safeFetch(mapUrl(file.url), { ...options, as: "bytes", maxBytes: MAX_FILE_BYTES }),
      safeFetch(mapUrl(file.gpgSignatureFile), { ...options, maxBytes: 64 * 1024 }),
    ]);
    verdict = await verifyDetachedSignature(
      data.body,
      signature.body,
      keys.map((k) => k.armoredKey),
    );
  } catch (e) {
    await record(fileId, {
      status: "error",
      fingerprint: null,
      detail: `Could not fetch the file or its signature: ${(e as Error).message}`.slice(0, 500),
    });
    throw e;
  }
  await record(fileId, verdict);
  return { fileId, status: verdict.status };
}

async function record(
  fileId: number,
  v: { status: "valid" | "invalid" | "error"; fingerprint: string | null; detail: string },
) {
  const data = { status: v.status, keyFingerprint: v.fingerprint, detail: v.detail, checkedAt: new Date() };
  await db.signatureCheck.upsert({
    where: { releaseFileId: fileId },
    create: { releaseFileId: fileId, ...data },
    update: data,
  });
  // The release page shows the verdict. Expire, never "max": a stale-while-revalidate mark made
  // after a release write's immediate expiry would let the pre-write page be served once more.
  await revalidateDomain([downloadsTags.releases], { mode: "immediate", surrogateKeys: ["downloads"] });
}

/** The files of a release that carry a GPG signature. */
export async function listSignedFiles(releaseId: number): Promise<number[]> {
  const rows = await db.releaseFile.findMany({
    where: { releaseId, gpgSignatureFile: { not: "" } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

/** Adds a release manager's public key (fingerprint read from the key itself). */
export async function addReleaseManagerKey(name: string, armoredKey: string) {
  const { fingerprint } = await readPublicKey(armoredKey);
  return db.releaseManagerKey.upsert({
    where: { fingerprint },
    create: { name, fingerprint, armoredKey, active: true },
    update: { name, armoredKey, active: true },
    select: { id: true, fingerprint: true },
  });
}

export async function setReleaseManagerKeyActive(id: number, active: boolean): Promise<void> {
  await db.releaseManagerKey.update({ where: { id }, data: { active } });
}

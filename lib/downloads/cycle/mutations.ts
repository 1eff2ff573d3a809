/**
 * Refreshes the stored release cycle from the PEPs site's feed (RELEASE_CYCLE_URL), fetched
 * through the SSRF-guarded fetcher from that host only. A failed fetch or a feed that does not
 * parse throws (the function retries) and leaves the stored rows as they were; a good feed
 * replaces them in one transaction, and the downloads pages are revalidated when anything changed.
 */
import "server-only";
import { downloadsTags } from "@/lib/downloads/constants";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { safeFetch, type SafeFetchOptions } from "@/lib/platform/fetch";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { cycleFeedSchema } from "./schema";

export type CycleRefreshResult = { series: number; changed: boolean };

/** `fetchOptions` is for tests (a private test host); the URL comes from the environment. */
export async function refreshReleaseCycle(
  fetchOptions: Partial<SafeFetchOptions> = {},
  url = env.RELEASE_CYCLE_URL,
): Promise<CycleRefreshResult> {
  const res = await safeFetch(url, {
    allowedHosts: [new URL(url).hostname],
    timeoutMs: 10_000,
    maxBytes: 256 * 1024,
    ...fetchOptions,
  });
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    throw new Error("release-cycle feed is not JSON");
  }
  const parsed = cycleFeedSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`release-cycle feed has an unexpected shape: ${parsed.error.issues[0]?.message ?? ""}`);

  const rows = parsed.data.map(([series, e]) => ({
    series,
    branch: e.branch,
    status: e.status,
    firstRelease: e.first_release,
    endOfLife: e.end_of_life,
    pep: e.pep ?? null,
    releaseManager: e.release_manager,
  }));
  const key = (r: {
    series: string;
    status: string;
    firstRelease: string;
    endOfLife: string;
    pep: number | null;
  }) => `${r.series}|${r.status}|${r.firstRelease}|${r.endOfLife}|${r.pep ?? ""}`;

  const changed = await db.$transaction(async (tx) => {
    const before = await tx.releaseCycle.findMany({
      select: { series: true, status: true, firstRelease: true, endOfLife: true, pep: true },
    });
    await tx.releaseCycle.deleteMany({});
    await tx.releaseCycle.createMany({ data: rows });
    return before.map(key).sort().join("\n") !== rows.map(key).sort().join("\n");
  });
  if (changed) await revalidateDomain([downloadsTags.releases], { surrogateKeys: ["downloads"] });
  return { series: rows.length, changed };
}

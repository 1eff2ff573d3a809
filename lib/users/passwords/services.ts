/**
 * AC-AUTH-3: passwords known from breaches are refused, through Have I Been Pwned's
 * k-anonymity range API: only the first five hex digits of the password's SHA-1 leave the
 * server, and the answer lists every known suffix with that prefix (padded, so its size tells
 * nothing). The call goes through the SSRF-guarded fetcher (that host only) behind a circuit
 * breaker: after three failures in a row the check is skipped for five minutes, so an outage
 * there never blocks sign-ups here. HIBP_RANGE_URL="" turns it off.
 */
import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/platform/env";
import { safeFetch, type SafeFetchOptions } from "@/lib/platform/fetch";
import { childLogger } from "@/lib/platform/log";

const log = childLogger({ module: "breached-passwords" });
const FAILURES_TO_OPEN = 3;
const OPEN_MS = 5 * 60_000;
const breaker = { failures: 0, openUntil: 0 };

export const BREACHED_MESSAGE =
  "This password has appeared in a data breach (haveibeenpwned.com); choose another.";

export type BreachCheckOptions = {
  rangeUrl?: string;
  fetchOptions?: Pick<SafeFetchOptions, "allowPrivateHostsForTests" | "protocols" | "resolve" | "timeoutMs">;
};

/** true: breached; false: not known; null: not checked (turned off, or the service is unavailable). */
export async function isBreachedPassword(
  password: string,
  opts: BreachCheckOptions = {},
): Promise<boolean | null> {
  const rangeUrl = opts.rangeUrl ?? env.HIBP_RANGE_URL;
  if (!rangeUrl) return null;
  if (Date.now() < breaker.openUntil) return null;
  const sha1 = createHash("sha1").update(password, "utf8").digest("hex").toUpperCase();
  const [prefix, suffix] = [sha1.slice(0, 5), sha1.slice(5)];
  try {
    const url = new URL(prefix, rangeUrl.endsWith("/") ? rangeUrl : `${rangeUrl}/`);
    const res = await safeFetch(url, {
      headers: { "add-padding": "true" },
      allowedHosts: [url.hostname],
      maxBytes: 2 * 1024 * 1024,
      timeoutMs: 2_000,
      ...opts.fetchOptions,
    });
    breaker.failures = 0;
    for (const line of res.body.split("\n")) {
      const [hash, count] = line.trim().split(":");
      if (hash?.toUpperCase() === suffix && Number(count) > 0) return true;
    }
    return false;
  } catch (e) {
    breaker.failures += 1;
    if (breaker.failures >= FAILURES_TO_OPEN) {
      breaker.openUntil = Date.now() + OPEN_MS;
      breaker.failures = 0;
    }
    log.warn({ err: e instanceof Error ? e.message : String(e) }, "breached-password check unavailable");
    return null;
  }
}

/** Test hook: closes the breaker. */
export function resetBreachBreaker() {
  breaker.failures = 0;
  breaker.openUntil = 0;
}

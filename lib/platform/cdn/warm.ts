/**
 * Cache warming after a purge (issue #22): once a purge has emptied the CDN or the shipped edge
 * and marked Next's tags stale, the busiest pages (home, /downloads/, /events/) are requested once,
 * so the first visitors get a stored copy instead of waiting on a render (and a burst of them
 * does not render the same page at once).
 *
 * Off unless CACHE_WARM_URL is set: the origin to request through, the edge in docker-compose.yml
 * (http://edge), so both the edge and Next's cache are filled. It is safe by construction: the
 * origin comes from the operator, never from a request; the paths are this file's constants;
 * redirects are not followed; each request has a timeout and its body is read to the end and
 * dropped. Purges come in bursts (a publish purges several keys, an import revalidates everything):
 * they are coalesced into one warm-up a short while after the last one, never two at once.
 */
import "server-only";
import { env } from "@/lib/platform/env";
import { fallbackLogger, type CdnLogger } from "./cdn";

/** The pages warmed after a purge: python.org's home, downloads and events landing pages. */
export const WARM_PATHS = ["/", "/downloads/", "/events/"] as const;

/**
 * Header that asks the shipped edge (edge/varnish.vcl) to fetch from the app and replace what it
 * holds, whatever it holds; honoured only for the addresses allowed to purge.
 */
export const WARM_HEADER = "x-cache-warm";

const DEFAULT_DELAY_MS = 2000;
const DEFAULT_TIMEOUT_MS = 10_000;
// Next answers `x-nextjs-cache: STALE` with the old copy while it renders the new one in the
// background (a tag revalidated with "max"): ask once more for the new one.
const STALE_RETRIES = 1;
const STALE_PAUSE_MS = 500;

export type WarmConfig = {
  /** The origin to request the pages through (http or https). */
  origin: string;
  paths?: readonly string[];
  /** Quiet time after the last purge before the warm-up starts. */
  delayMs?: number;
  timeoutMs?: number;
  logger: CdnLogger;
  fetch?: typeof fetch;
};

export type WarmResult = {
  path: string;
  /** HTTP status of the last answer; null when the request failed. */
  status: number | null;
  /** Next's `x-nextjs-cache` of the last answer (HIT, MISS, STALE), when it said. */
  cache: string | null;
  error?: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The warm-up targets: each path on the origin, refusing any that would leave it. */
export function warmTargets(origin: string, paths: readonly string[] = WARM_PATHS): URL[] {
  const base = new URL(origin);
  if (base.protocol !== "http:" && base.protocol !== "https:")
    throw new Error(`CACHE_WARM_URL must be http or https, not ${base.protocol}`);
  return paths.map((p) => {
    const url = new URL(p, base);
    if (url.origin !== base.origin || !p.startsWith("/") || p.startsWith("//"))
      throw new Error(`warm-up path ${p} leaves ${base.origin}`);
    return url;
  });
}

/** Requests each page once (once more while Next answers STALE); never throws. */
export async function warmPages(config: WarmConfig): Promise<WarmResult[]> {
  const doFetch = config.fetch ?? fetch;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const results: WarmResult[] = [];
  // One at a time: the point is to spare the app a burst of renders, not to cause one.
  for (const url of warmTargets(config.origin, config.paths)) {
    let result: WarmResult = { path: url.pathname, status: null, cache: null };
    for (let attempt = 0; attempt <= STALE_RETRIES; attempt++) {
      if (attempt) await sleep(STALE_PAUSE_MS);
      try {
        const response = await doFetch(url, {
          headers: { [WARM_HEADER]: "1", "accept-encoding": "gzip", "user-agent": "pydotorg-cache-warm" },
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        result = {
          path: url.pathname,
          status: response.status,
          cache: response.headers.get("x-nextjs-cache"),
        };
      } catch (error) {
        const message = error instanceof Error && error.name === "TimeoutError" ? "timeout" : String(error);
        result = { path: url.pathname, status: null, cache: null, error: message };
      }
      if (result.cache?.toUpperCase() !== "STALE") break;
    }
    results.push(result);
  }
  // A redirect warms nothing either: the page itself was not stored.
  const failed = results.filter((r) => r.status === null || r.status >= 300);
  if (failed.length) config.logger.warn({ origin: config.origin, results }, "cdn: warm-up incomplete");
  else config.logger.info({ origin: config.origin, results }, "cdn: warmed");
  return results;
}

export type Warmer = {
  /** Notes a purge: a warm-up follows once purges have paused for the delay. */
  schedule: () => void;
  /** Resolves when nothing is scheduled or running (tests, graceful shutdown). */
  idle: () => Promise<void>;
  /** How many warm-ups have run. */
  runs: () => number;
};

/** A debounced warm-up: many purges, one run after the last; a purge during a run, one more after it. */
export function createWarmer(config: WarmConfig): Warmer {
  const delayMs = config.delayMs ?? DEFAULT_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let count = 0;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer || running) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const start = () => {
    timer = undefined;
    count++;
    running = warmPages(config)
      .catch((error: unknown) => {
        config.logger.error({ err: String(error) }, "cdn: warm-up failed");
      })
      .then(() => {
        running = undefined;
        if (again) {
          again = false;
          arm();
        }
        settle();
      });
  };
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, delayMs);
    // A script that purges and exits is not kept alive for a warm-up: servers do the warming.
    timer.unref?.();
  };

  return {
    schedule() {
      if (running) again = true;
      else arm();
    },
    idle: () =>
      timer || running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve(),
    runs: () => count,
  };
}

let defaultWarmer: Warmer | null | undefined;

/** The env-configured warmer (CACHE_WARM_URL), or null when warming is off. */
export function getDefaultWarmer(): Warmer | null {
  if (defaultWarmer !== undefined) return defaultWarmer;
  defaultWarmer = env.CACHE_WARM_URL
    ? createWarmer({ origin: env.CACHE_WARM_URL, logger: fallbackLogger })
    : null;
  return defaultWarmer;
}

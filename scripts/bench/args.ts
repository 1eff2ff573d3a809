/**
 * The command line of `npm run bench` (scripts/bench/run.ts): which bench, and for how long.
 * `--soak [minutes]`, `--targets [seconds] [--page-miss | --uncached] [--only=a,b]` (either cache
 * flag alone also means the targets), `--edge-only [seconds]` (the edge and nginx rows of the
 * ratio bench alone), else the whole ratio bench.
 */
export type BenchMode = "ratios" | "edge" | "targets" | "soak";

/**
 * What the targets bench lets the server cache:
 * - "cached": everything, as in production (a page's second request is a hit);
 * - "page-miss": the page (ISR) cache always misses and stores nothing, the data caches ('use
 *   cache': menus, boxes, banners, listings) work: each request renders the page from cached
 *   data, which is what a page costs right after a purge of that one page;
 * - "uncached": both caches point at a Redis that is not there and fail open: each request
 *   renders and queries the database for everything, the site chrome included.
 */
export type BenchCache = "cached" | "page-miss" | "uncached";

export type BenchArgs = {
  mode: BenchMode;
  seconds: number;
  uncached: boolean;
  cache: BenchCache;
  /** Targets whose name or path contains one of these (all when empty). */
  only: string[];
};

export function parseBenchArgs(argv: string[]): BenchArgs {
  const seconds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10);
  const uncached = argv.includes("--uncached");
  const cache: BenchCache = uncached ? "uncached" : argv.includes("--page-miss") ? "page-miss" : "cached";
  const onlyArg = argv.find((a) => a.startsWith("--only="));
  const only = onlyArg ? onlyArg.slice("--only=".length).split(",").filter(Boolean) : [];
  const mode: BenchMode = argv.includes("--soak")
    ? "soak"
    : argv.includes("--targets") || cache !== "cached"
      ? "targets"
      : argv.includes("--edge-only")
        ? "edge"
        : "ratios";
  return { mode, seconds, uncached, cache, only };
}

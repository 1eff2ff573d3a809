/**
 * The command line of `npm run bench` (scripts/bench/run.ts): which bench, and for how long.
 * `--soak [minutes]`, `--targets [seconds] [--uncached]` (or `--uncached` alone), `--edge-only
 * [seconds]` (the edge and nginx rows of the ratio bench alone), else the whole ratio bench.
 */
export type BenchMode = "ratios" | "edge" | "targets" | "soak";

export function parseBenchArgs(argv: string[]): { mode: BenchMode; seconds: number; uncached: boolean } {
  const seconds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10);
  // --uncached (targets only): the server's cache handlers point at a Redis that is not there, so
  // they fail open (every 'use cache' read misses, nothing is stored): each request renders and
  // queries the database, which is the path a budget "on an uncached render" measures.
  const uncached = argv.includes("--uncached");
  const mode: BenchMode = argv.includes("--soak")
    ? "soak"
    : argv.includes("--targets") || uncached
      ? "targets"
      : argv.includes("--edge-only")
        ? "edge"
        : "ratios";
  return { mode, seconds, uncached };
}

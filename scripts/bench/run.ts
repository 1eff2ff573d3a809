/**
 * `npm run bench [seconds]`: the ratio bench of issue #22 (scripts/bench/ratios-run.ts): cached
 * pages against the same bytes as a static file and through the edge cache against nginx, CPU µs
 * per request, search and API p99, into bench/results/latest.json and docs/benchmarks.md.
 * `npm run bench -- --targets [seconds] [--uncached]` measures the longer list of pages instead
 * (scripts/bench/targets.ts); `npm run bench -- --soak [minutes]` runs the soak (soak.ts).
 * Each needs a production build (`npm run build`) of a seeded database (DATABASE_URL, or the
 * embedded one).
 */
import "../load-env";
import { runRatios } from "./ratios-run";
import { runSoak } from "./soak";
import { runTargets } from "./targets";

// BENCH_PORT: another port where 3400 is taken (several worktrees on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const argv = process.argv.slice(2);
const SECONDS = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10);
// --uncached (targets only): the server's cache handlers point at a Redis that is not there, so
// they fail open (every 'use cache' read misses, nothing is stored): each request renders and
// queries the database, which is the path a budget "on an uncached render" measures.
const UNCACHED = argv.includes("--uncached");

if (argv.includes("--soak")) process.exitCode = await runSoak(argv, PORT);
else if (argv.includes("--targets") || UNCACHED)
  await runTargets({ port: PORT, seconds: SECONDS, uncached: UNCACHED });
else process.exitCode = await runRatios({ port: PORT, seconds: SECONDS });

/**
 * `npm run bench [seconds]`: the ratio bench of issue #22 (scripts/bench/ratios-run.ts): cached
 * pages against the same bytes as a static file and through the edge cache against nginx, CPU µs
 * per request, search and API p99, into bench/results/latest.json and docs/benchmarks.md.
 * `npm run bench -- --edge-only [seconds]` measures the edge and nginx rows alone (printed, and
 * bench/results/edge.json; the docs are left as they are).
 * `npm run bench -- --targets [seconds] [--page-miss | --uncached] [--only=a,b]` measures the
 * longer list of pages instead (scripts/bench/targets.ts; args.ts says what each cache flag does); `npm run bench -- --soak [minutes]` runs the soak (soak.ts).
 * Each needs a production build (`npm run build`) of a seeded database (DATABASE_URL, or the
 * embedded one).
 */
import "../load-env";
import { parseBenchArgs } from "./args";
import { runEdgeOnly, runRatios } from "./ratios-run";
import { runSoak } from "./soak";
import { runTargets } from "./targets";

// BENCH_PORT: another port where 3400 is taken (several worktrees on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const argv = process.argv.slice(2);
const { mode, seconds, cache, only } = parseBenchArgs(argv);

if (mode === "soak") process.exitCode = await runSoak(argv, PORT);
else if (mode === "targets") await runTargets({ port: PORT, seconds, cache, only });
else if (mode === "edge") process.exitCode = await runEdgeOnly({ port: PORT, seconds });
else process.exitCode = await runRatios({ port: PORT, seconds });

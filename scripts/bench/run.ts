/**
 * `npm run bench`: requests per second and p99 latency of key pages against `next start`,
 * beside a static file served by the same server (the ceiling for this process). Needs a
 * production build (`npm run build`) and a seeded database (DATABASE_URL, or the embedded one).
 * Writes bench/results/latest.json and prints a Markdown table for docs/benchmarks.md.
 * `npm run bench -- --soak [minutes]` runs the soak instead (scripts/bench/soak.ts).
 */
import "../load-env";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { rootDir } from "../db/engine";
import { startBenchServer } from "./server";
import { runSoak } from "./soak";

// BENCH_PORT: another port where 3400 is taken (several worktrees on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DURATION = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10);
// --uncached: the server's cache handlers point at a Redis that is not there, so they fail open
// (every 'use cache' read misses, nothing is stored): each request renders and queries the
// database, which is the path a budget "on an uncached render" measures.
const UNCACHED = process.argv.includes("--uncached");
const CONNECTIONS = 32;
const TARGETS = [
  { name: "static file (/robots.txt)", path: "/robots.txt" },
  { name: "home page", path: "/" },
  { name: "/downloads/", path: "/downloads/" },
  { name: "release page", path: "/downloads/release/python-3140/" },
  { name: "API v2 releases", path: "/api/v2/downloads/release/" },
  // With scripts/events-bench-seed.ts: 2,000 events of which 200 recurring.
  { name: "/events/", path: "/events/" },
  { name: "events calendar page", path: "/events/python-events/" },
  { name: "past events page", path: "/events/python-events/past/" },
  {
    name: "event detail page",
    path: "/events/python-events/",
    pick: /href="(\/events\/python-events\/\d+\/)"/,
  },
  // With scripts/jobs-bench-seed.ts: 5,000 visible jobs. The detail page is the list's first job.
  { name: "/jobs/", path: "/jobs/" },
  { name: "job detail page", path: "/jobs/", pick: /href="(\/jobs\/\d+\/)"/ },
];

/** A target whose `pick` names a link on its page is measured on that link's page. */
async function resolvePath(t: { path: string; pick?: RegExp }, base: string): Promise<string> {
  if (!t.pick) return t.path;
  const html = await (await fetch(`${base}${t.path}`)).text();
  return html.match(t.pick)?.[1] ?? t.path;
}

type Row = { name: string; path: string; status: number; rps: number; p99: number; errors: number };

async function runThroughput() {
  const server = await startBenchServer({ port: PORT, uncached: UNCACHED });
  const rows: Row[] = [];
  try {
    for (const target of TARGETS) {
      const t = { name: target.name, path: await resolvePath(target, server.base) };
      const url = `${server.base}${t.path}`;
      const status = (await fetch(url, { redirect: "manual" })).status;
      if (status !== 200) {
        rows.push({ ...t, status, rps: 0, p99: 0, errors: 0 });
        continue;
      }
      await autocannon({ url, connections: 4, duration: 2 }); // warm-up
      const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
      rows.push({
        ...t,
        status,
        rps: Math.round(r.requests.average),
        p99: r.latency.p99,
        errors: r.errors + r.non2xx,
      });
    }
  } finally {
    await server.stop();
  }

  const table = [
    `| target | req/s | p99 latency (ms) | errors |`,
    `|---|---:|---:|---:|`,
    ...rows.map((r) =>
      r.status === 200
        ? `| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`
        : `| ${r.name} | not measured (HTTP ${r.status}) | | |`,
    ),
  ].join("\n");
  await mkdir(path.join(rootDir, "bench/results"), { recursive: true });
  await writeFile(
    path.join(rootDir, "bench/results/latest.json"),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        durationSeconds: DURATION,
        connections: CONNECTIONS,
        uncached: UNCACHED,
        rows,
      },
      null,
      2,
    ),
  );
  console.log(table);
}

if (process.argv.includes("--soak")) process.exitCode = await runSoak(process.argv.slice(2), PORT);
else await runThroughput();

/**
 * `npm run bench -- --targets [seconds] [--uncached]`: requests per second and p99 latency of a
 * list of pages and APIs against `next start`, beside a static file served by the same server (the
 * ceiling for this process). Writes bench/results/targets.json and prints a Markdown table.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { rootDir } from "../db/engine";
import { startBenchServer } from "./server";

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

/** Runs every target in turn; writes bench/results/targets.json and prints the table. */
export async function runTargets(opts: { port: number; seconds: number; uncached: boolean }) {
  const server = await startBenchServer({ port: opts.port, uncached: opts.uncached });
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
      const r = await autocannon({ url, connections: CONNECTIONS, duration: opts.seconds });
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
    path.join(rootDir, "bench/results/targets.json"),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        durationSeconds: opts.seconds,
        connections: CONNECTIONS,
        uncached: opts.uncached,
        rows,
      },
      null,
      2,
    ),
  );
  console.log(table);
}

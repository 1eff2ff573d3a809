/**
 * `npm run bench -- --targets [seconds] [--page-miss | --uncached] [--only=a,b]`: requests per
 * second, p99 latency and server CPU per request of a list of pages and APIs against `next start`,
 * beside a static file served by the same server (the ceiling for this process). The cache flags
 * are explained in args.ts. Writes bench/results/targets.json and prints a Markdown table.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { rootDir } from "../db/engine";
import type { BenchCache } from "./args";
import { IDENTITY, measure } from "./load";
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

type Row = {
  name: string;
  path: string;
  status: number;
  rps: number;
  p99: number;
  cpuUs: number | null;
  load1: number;
  errors: number;
};

const selected = (only: string[]) =>
  only.length ? TARGETS.filter((t) => only.some((o) => t.name.includes(o) || t.path === o)) : TARGETS;

/** Runs every target in turn; writes bench/results/targets.json and prints the table. */
export async function runTargets(opts: { port: number; seconds: number; cache: BenchCache; only: string[] }) {
  const server = await startBenchServer({
    port: opts.port,
    uncached: opts.cache === "uncached",
    pageMiss: opts.cache === "page-miss",
  });
  const rows: Row[] = [];
  try {
    for (const target of selected(opts.only)) {
      const t = { name: target.name, path: await resolvePath(target, server.base) };
      const url = `${server.base}${t.path}`;
      const status = (await fetch(url, { redirect: "manual" })).status;
      if (status !== 200) {
        rows.push({ ...t, status, rps: 0, p99: 0, cpuUs: null, load1: 0, errors: 0 });
        continue;
      }
      // A 2 s warm-up at 4 connections, then the run; identity, as the earlier runs of this list.
      const r = await measure(url, {
        headers: IDENTITY,
        connections: CONNECTIONS,
        seconds: opts.seconds,
        serverPids: () => [server.serverPid()],
      });
      rows.push({ ...t, status, rps: r.rps, p99: r.p99, cpuUs: r.cpuUs, load1: r.load1, errors: r.errors });
    }
  } finally {
    await server.stop();
  }

  const table = [
    `Cache: ${opts.cache}.`,
    "",
    `| target | req/s | p99 latency (ms) | server CPU µs/req | load (1 min) | errors |`,
    `|---|---:|---:|---:|---:|---:|`,
    ...rows.map((r) =>
      r.status === 200
        ? `| ${r.name} | ${Math.round(r.rps)} | ${r.p99} | ${r.cpuUs === null ? "" : Math.round(r.cpuUs)} | ${r.load1.toFixed(2)} | ${r.errors} |`
        : `| ${r.name} | not measured (HTTP ${r.status}) | | | | |`,
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
        cache: opts.cache,
        uncached: opts.cache === "uncached",
        rows,
      },
      null,
      2,
    ),
  );
  console.log(table);
}

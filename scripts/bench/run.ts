/**
 * `npm run bench`: requests per second and p99 latency of key pages against `next start`,
 * beside a static file served by the same server (the ceiling for this process). Needs a
 * production build (`npm run build`) and a seeded database (DATABASE_URL, or the embedded one).
 * Writes bench/results/latest.json and prints a Markdown table for docs/benchmarks.md.
 */
import "../load-env";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { env } from "../../lib/platform/env";
import { startEmbeddedDatabase } from "../../lib/platform/embedded-db";
import { rootDir } from "../db/engine";

const PORT = 3400;
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
  { name: "event detail page", path: "/events/python-events/", pick: /href="(\/events\/python-events\/\d+\/)"/ },
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

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

// next.config.mjs builds into NEXT_DIST_DIR when set (one build per worktree), else .next.
if (!existsSync(path.join(rootDir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first (with the same DATABASE_URL).");
  process.exit(1);
}

const embedded = env.DATABASE_URL
  ? null
  : await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DATA_DIR, port: env.EMBEDDED_DB_PORT });
const server = spawn(
  process.execPath,
  [path.join(rootDir, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"],
  {
    cwd: rootDir,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: env.DATABASE_URL ?? embedded!.url,
      AUTH_SECRET: env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
      // One client drives thousands of requests: lift the per-client API limits (DRF's 100 a day
      // for anonymous callers) so the numbers measure the handler, not the 429 path.
      RATE_LIMIT_SCALE: "1000000",
      ...(UNCACHED ? { REDIS_URL: "redis://127.0.0.1:9/0" } : {}),
    },
  },
);

const rows: { name: string; path: string; status: number; rps: number; p99: number; errors: number }[] = [];
try {
  // With --uncached the health check answers 503 (its Redis is down on purpose): wait for a file.
  await waitFor(`http://127.0.0.1:${PORT}${UNCACHED ? "/robots.txt" : "/api/health/"}`);
  for (const target of TARGETS) {
    const t = { name: target.name, path: await resolvePath(target, `http://127.0.0.1:${PORT}`) };
    const url = `http://127.0.0.1:${PORT}${t.path}`;
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
  server.kill("SIGTERM");
  if (embedded) await embedded.stop();
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
    { at: new Date().toISOString(), durationSeconds: DURATION, connections: CONNECTIONS, uncached: UNCACHED, rows },
    null,
    2,
  ),
);
console.log(table);

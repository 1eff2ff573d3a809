/**
 * `npm run bench [seconds]` (issue #22, point 11): in one run, against one `next start`, each
 * cached page beside the same bytes served by Next as a file under `/_next/static` (identity and
 * gzip: req/s, p99, server CPU µs per request), the same pages through the shipped edge cache
 * beside nginx serving them pre-compressed (scripts/bench/ratios-edge.ts), and the p99 of search
 * and the API list at 32 connections. Writes bench/results/latest.json and the "Ratios" section
 * of docs/benchmarks.md (scripts/bench/ratios.ts renders it).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { rootDir } from "../db/engine";
import { GZIP, IDENTITY, measure, probe } from "./load";
import { measureEdge, type EdgePage } from "./ratios-edge";
import {
  edgeTable,
  RATIOS_HEADING,
  ratioShortfalls,
  renderRatiosSection,
  type LatencyRow,
  type PageRow,
  type RatiosReport,
} from "./ratios";
import { benchCommit, distDir, startBenchServer, type BenchServer } from "./server";
import { replaceSection } from "./soak-stats";

const CONNECTIONS = 32;
/**
 * autocannon worker threads for the edge and nginx runs: one thread of autocannon tops out
 * below what either server can answer, so two share the load (on 2 cores they also share the
 * machine with the server: the section reports how much CPU each side used).
 */
const EDGE_WORKERS = 2;
const PAGES = [
  { name: "home page", slug: "home", path: "/" },
  { name: "/downloads/", slug: "downloads", path: "/downloads/" },
  { name: "release page", slug: "release", path: "/downloads/release/python-3140/" },
  { name: "/about/ (CMS page)", slug: "about", path: "/about/" },
];
const LATENCY = [
  { name: "/search/?q=python", path: "/search/?q=python" },
  { name: "API v2 release list", path: "/api/v2/downloads/release/" },
];

const staticFile = (slug: string) => path.join(distDir, "static", `bench-${slug}.html`);
const staticUrl = (slug: string) => `/_next/static/bench-${slug}.html`;

/** Each page's HTML as the server sends it once cached (the second answer), identity. */
async function fetchPages(base: string): Promise<EdgePage[]> {
  const pages: EdgePage[] = [];
  for (const page of PAGES) {
    await probe(`${base}${page.path}`, IDENTITY);
    const res = await probe(`${base}${page.path}`, IDENTITY);
    if (res.status !== 200) throw new Error(`${page.path} answered HTTP ${res.status}`);
    pages.push({ ...page, html: res.body });
  }
  return pages;
}

/** Next serves the written copy whole, in both encodings (else the comparison is void). */
async function checkStatic(base: string, page: EdgePage) {
  const plain = await probe(`${base}${staticUrl(page.slug)}`, IDENTITY);
  if (plain.status !== 200 || !plain.body.equals(page.html))
    throw new Error(
      `${staticUrl(page.slug)}: HTTP ${plain.status}, ${plain.body.length} bytes (wrote ${page.html.length})`,
    );
  const gz = await probe(`${base}${staticUrl(page.slug)}`, GZIP);
  if (gz.headers["content-encoding"] !== "gzip" || !gunzipSync(gz.body).equals(page.html))
    throw new Error(`${staticUrl(page.slug)} is not served gzip-compressed as written`);
}

async function measurePages(server: BenchServer, pages: EdgePage[], seconds: number): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  const serverPids = () => [server.serverPid()];
  for (const page of pages) {
    await checkStatic(server.base, page);
    for (const [encoding, headers] of [
      ["identity", IDENTITY],
      ["gzip", GZIP],
    ] as const) {
      const seen = await probe(`${server.base}${page.path}`, headers);
      const copy = await probe(`${server.base}${staticUrl(page.slug)}`, headers);
      console.log(`${page.path} and its static copy, ${encoding}…`);
      const common = { headers, connections: CONNECTIONS, seconds, serverPids };
      const pageLoad = await measure(`${server.base}${page.path}`, common);
      const staticLoad = await measure(`${server.base}${staticUrl(page.slug)}`, common);
      rows.push({
        name: page.name,
        path: page.path,
        encoding,
        bytes: seen.body.length,
        staticBytes: copy.body.length,
        nextCache: seen.headers["x-nextjs-cache"] ?? null,
        cacheControl: seen.headers["cache-control"] ?? null,
        page: pageLoad,
        static: staticLoad,
      });
    }
  }
  return rows;
}

async function measureLatency(server: BenchServer, seconds: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const target of LATENCY) {
    const url = `${server.base}${target.path}`;
    const status = (await probe(url, GZIP)).status;
    if (status !== 200) throw new Error(`${target.path} answered HTTP ${status}`);
    console.log(`${target.path}…`);
    const load = await measure(url, {
      headers: GZIP,
      connections: CONNECTIONS,
      seconds,
      serverPids: () => [server.serverPid()],
    });
    rows.push({ ...target, load });
  }
  return rows;
}

/** Runs the ratio bench; the exit code (1 when a measured run had failed or non-2xx requests). */
export async function runRatios(opts: { port: number; seconds: number }): Promise<number> {
  const before = loadavg()[0]!;
  const at = new Date().toISOString();
  // Next lists <distDir>/static when it starts: the copies must be there first, so the pages
  // are fetched from a first server, which is then stopped.
  const first = await startBenchServer({ port: opts.port });
  let pages: EdgePage[];
  try {
    pages = await fetchPages(first.base);
  } finally {
    await first.stop();
  }
  let report: RatiosReport;
  try {
    for (const page of pages) await writeFile(staticFile(page.slug), page.html);
    const server = await startBenchServer({ port: opts.port });
    try {
      const pageRows = await measurePages(server, pages, opts.seconds);
      const latency = await measureLatency(server, opts.seconds);
      const edge = await measureEdge({
        appPort: opts.port,
        edgePort: opts.port + 45,
        nginxPort: opts.port + 46,
        pages,
        connections: CONNECTIONS,
        seconds: opts.seconds,
        workers: EDGE_WORKERS,
      });
      report = {
        at,
        commit: benchCommit(),
        durationSeconds: opts.seconds,
        connections: CONNECTIONS,
        edgeWorkers: EDGE_WORKERS,
        cpus: cpus().length,
        loadAverage: { before, after: loadavg()[0]! },
        pages: pageRows,
        edge,
        latency,
      };
    } finally {
      await server.stop();
    }
  } finally {
    for (const page of PAGES) await rm(staticFile(page.slug), { force: true });
  }
  const section = renderRatiosSection(report);
  await mkdir(path.join(rootDir, "bench/results"), { recursive: true });
  await writeFile(path.join(rootDir, "bench/results/latest.json"), JSON.stringify(report, null, 2));
  const docPath = path.join(rootDir, "docs/benchmarks.md");
  await writeFile(docPath, replaceSection(await readFile(docPath, "utf8"), RATIOS_HEADING, section));
  console.log(section);
  for (const s of ratioShortfalls(report)) console.log(`Not met: ${s}`);
  const loads = [
    ...report.pages.flatMap((r) => [r.page, r.static]),
    ...report.latency.map((r) => r.load),
    ...("rows" in report.edge ? report.edge.rows.flatMap((r) => [r.edge, r.nginx]) : []),
  ];
  return loads.some((l) => l.errors > 0) ? 1 : 0;
}

/**
 * `npm run bench -- --edge-only [seconds]`: the edge and nginx rows alone, against one server
 * (the pages need no static copies), printed with the shortfalls and written to
 * bench/results/edge.json; docs/benchmarks.md is left as it is. The exit code as runRatios's.
 */
export async function runEdgeOnly(opts: { port: number; seconds: number }): Promise<number> {
  const before = loadavg()[0]!;
  const at = new Date().toISOString();
  const server = await startBenchServer({ port: opts.port });
  let edge: RatiosReport["edge"];
  try {
    edge = await measureEdge({
      appPort: opts.port,
      edgePort: opts.port + 45,
      nginxPort: opts.port + 46,
      pages: await fetchPages(server.base),
      connections: CONNECTIONS,
      seconds: opts.seconds,
      workers: EDGE_WORKERS,
    });
  } finally {
    await server.stop();
  }
  const report = { at, commit: benchCommit(), durationSeconds: opts.seconds, connections: CONNECTIONS };
  const full: RatiosReport = {
    ...report,
    edgeWorkers: EDGE_WORKERS,
    cpus: cpus().length,
    loadAverage: { before, after: loadavg()[0]! },
    pages: [],
    edge,
    latency: [],
  };
  await mkdir(path.join(rootDir, "bench/results"), { recursive: true });
  await writeFile(path.join(rootDir, "bench/results/edge.json"), JSON.stringify(full, null, 2));
  if (!("rows" in edge)) {
    console.log(`Edge not measured: ${edge.skipped}.`);
    return 1;
  }
  const l = full.loadAverage;
  console.log(`Edge rows, ${at}, load average ${l.before.toFixed(1)} before, ${l.after.toFixed(1)} after:\n`);
  console.log(edgeTable(edge.rows, edge.client ?? "autocannon", full.cpus).join("\n"));
  for (const s of ratioShortfalls(full)) console.log(`Not met: ${s}`);
  return edge.rows.some((r) => r.edge.errors > 0 || r.nginx.errors > 0) ? 1 : 0;
}

/**
 * The pure half of the ratio bench (issue #22, point 11): CPU time from /proc/<pid>/stat, the
 * figures of one load run, the ratios and the "Ratios" section of docs/benchmarks.md.
 * scripts/bench/ratios-run.ts measures; this file only computes and renders.
 */

export const RATIOS_HEADING = "## Ratios (issue #22)";
/** The must-show of issue #22: a page costs at most this times the CPU of its bytes as a static file. */
export const MAX_PAGE_TO_STATIC = 2;
/**
 * ...and the edge cache serves at least this fraction of what nginx does with the same file,
 * judged by capacity (CPU per request): the load generator tops out first at these rates.
 */
export const MIN_EDGE_TO_NGINX = 0.9;
/** ...and search and the API list answer within this p99 at 32 connections. */
export const MAX_P99_MS = 100;

/**
 * utime + stime (fields 14 and 15, clock ticks, all threads) of a /proc/<pid>/stat line. The
 * command name (field 2) is in parentheses and may hold spaces and parentheses itself, so the
 * fields are counted from the last ")".
 */
export function parseProcStatTicks(stat: string): number {
  const close = stat.lastIndexOf(")");
  if (close < 0) throw new Error("not a /proc/<pid>/stat line");
  // After ")": field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error("no utime/stime in stat line");
  return utime + stime;
}

/** What one load run measured. CPU figures are null when nothing answered. */
export type Load = {
  requests: number;
  seconds: number;
  rps: number;
  p99: number;
  /** Failed requests plus non-2xx answers. */
  errors: number;
  /** Server CPU (user + system) per answered request, in microseconds. */
  cpuUs: number | null;
  /** Server CPU over wall time: 1 = one core busy for the whole run. */
  serverCores: number;
  /** The load generator's CPU over wall time (this process and its workers). */
  clientCores: number;
  /** The machine's 1-minute load average at the end of the run. */
  load1: number;
};

/**
 * `seconds` is the load generator's own run time (req/s); `wallSeconds` the time between the two
 * CPU readings, which also holds the start of its worker threads (cores).
 */
export function loadFigures(m: {
  requests: number;
  seconds: number;
  wallSeconds: number;
  p99: number;
  errors: number;
  serverTicks: number;
  ticksPerSecond: number;
  clientMicros: number;
  load1: number;
}): Load {
  const serverMicros = (m.serverTicks * 1e6) / m.ticksPerSecond;
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const roundUs = (us: number) => (us < 100 ? Math.round(us * 10) / 10 : Math.round(us));
  return {
    requests: m.requests,
    seconds: m.seconds,
    rps: m.seconds > 0 ? Math.round(m.requests / m.seconds) : 0,
    p99: m.p99,
    errors: m.errors,
    // Tenths under 100 µs: an edge hit is ~20 µs, where a whole µs would move a ratio by 5%.
    cpuUs: m.requests > 0 ? roundUs(serverMicros / m.requests) : null,
    serverCores: m.wallSeconds > 0 ? round2(serverMicros / 1e6 / m.wallSeconds) : 0,
    clientCores: m.wallSeconds > 0 ? round2(m.clientMicros / 1e6 / m.wallSeconds) : 0,
    load1: round2(m.load1),
  };
}

/** a / b to two decimals, null when either side is missing or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

export type PageRow = {
  name: string;
  path: string;
  encoding: "identity" | "gzip";
  /** Body bytes on the wire of the page and of the static copy, in this encoding. */
  bytes: number;
  staticBytes: number;
  /** x-nextjs-cache and Cache-Control of the page as measured (whether it was a cache hit). */
  nextCache: string | null;
  cacheControl: string | null;
  page: Load;
  static: Load;
};

export type EdgeRow = {
  name: string;
  path: string;
  gzipBytes: number;
  /** X-Cache of the edge's answer just before the run. */
  edgeCache: string | null;
  edge: Load;
  nginx: Load;
};

export type LatencyRow = { name: string; path: string; load: Load };

export type RatiosReport = {
  at: string;
  commit: string;
  durationSeconds: number;
  connections: number;
  /** autocannon worker threads for the edge and nginx runs (1 = the main thread only). */
  edgeWorkers: number;
  cpus: number;
  /** 1-minute load average before the first run (each run records its own at its end). */
  loadAverage: { before: number; after: number };
  pages: PageRow[];
  /** `client`: the load generator of the edge and nginx runs ("wrk, 2 threads"). */
  edge: { rows: EdgeRow[]; client?: string } | { skipped: string };
  latency: LatencyRow[];
};

const fmt = (n: number | null) => (n === null ? "—" : n.toLocaleString("en-US"));
const times = (n: number | null) => (n === null ? "—" : `${n.toFixed(2)}×`);
const verdict = (ok: boolean | null) => (ok === null ? "—" : ok ? "yes" : "**no**");

export function pageCpuRatio(r: PageRow): number | null {
  return ratio(r.page.cpuUs, r.static.cpuUs);
}

/** Edge capacity against nginx by CPU: nginx's CPU per request over the edge's (higher is better). */
export function edgeCpuRatio(r: EdgeRow): number | null {
  return ratio(r.nginx.cpuUs, r.edge.cpuUs);
}

export function edgeRpsRatio(r: EdgeRow): number | null {
  return ratio(r.edge.rps, r.nginx.rps);
}

/** The must-show checks that failed, one line each (empty when all hold). */
export function ratioShortfalls(report: RatiosReport): string[] {
  const out: string[] = [];
  for (const r of report.pages) {
    const q = pageCpuRatio(r);
    if (q === null || q > MAX_PAGE_TO_STATIC)
      out.push(
        `${r.name} (${r.encoding}): CPU ${times(q)} the static file's (wants ≤ ${MAX_PAGE_TO_STATIC}×)`,
      );
  }
  if ("rows" in report.edge)
    for (const r of report.edge.rows) {
      const q = edgeCpuRatio(r);
      if (q === null || q < MIN_EDGE_TO_NGINX)
        out.push(
          `${r.name} through the edge: capacity ${times(q)} nginx's by CPU per request (wants ≥ ${MIN_EDGE_TO_NGINX}×)`,
        );
    }
  for (const r of report.latency)
    if (r.load.requests === 0 || r.load.p99 > MAX_P99_MS)
      out.push(`${r.name}: p99 ${r.load.p99} ms (wants ≤ ${MAX_P99_MS} ms)`);
  return out;
}

function errorsNote(loads: [string, Load][]): string {
  const bad = loads.filter(([, l]) => l.errors > 0);
  if (!bad.length) return "Failed or non-2xx requests: none.";
  return `Failed or non-2xx requests: ${bad.map(([n, l]) => `${n} ${l.errors}`).join(", ")}.`;
}

function pagesTable(rows: PageRow[]): string[] {
  return [
    "| page | encoding | bytes | page req/s | static req/s | page p99 (ms) | static p99 (ms) | page CPU µs/req | static CPU µs/req | CPU page/static | ≤ 2× |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => {
      const q = pageCpuRatio(r);
      const bytes =
        r.bytes === r.staticBytes ? fmt(r.bytes) : `${fmt(r.bytes)} (static ${fmt(r.staticBytes)})`;
      return `| ${r.name} | ${r.encoding} | ${bytes} | ${fmt(r.page.rps)} | ${fmt(r.static.rps)} | ${r.page.p99} | ${r.static.p99} | ${fmt(r.page.cpuUs)} | ${fmt(r.static.cpuUs)} | ${times(q)} | ${verdict(q === null ? null : q <= MAX_PAGE_TO_STATIC)} |`;
    }),
  ];
}

export function edgeTable(rows: EdgeRow[], client: string, cpus: number): string[] {
  const lines = [
    "| page | gzip bytes | edge req/s | nginx req/s | req/s edge/nginx | edge CPU µs/req | nginx CPU µs/req | capacity edge/nginx | ≥ 0.9× |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => {
      const q = edgeCpuRatio(r);
      const hit = r.edgeCache === "HIT" ? "" : ` (edge ${r.edgeCache ?? "no X-Cache"} before the run)`;
      return `| ${r.name}${hit} | ${fmt(r.gzipBytes)} | ${fmt(r.edge.rps)} | ${fmt(r.nginx.rps)} | ${times(edgeRpsRatio(r))} | ${fmt(r.edge.cpuUs)} | ${fmt(r.nginx.cpuUs)} | ${times(q)} | ${verdict(q === null ? null : q >= MIN_EDGE_TO_NGINX)} |`;
    }),
  ];
  const avg = (xs: number[]) =>
    xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : 0;
  const clientCores = avg(rows.flatMap((r) => [r.edge.clientCores, r.nginx.clientCores]));
  const edge = avg(rows.map((r) => r.edge.serverCores));
  const nginx = avg(rows.map((r) => r.nginx.serverCores));
  // The load generator's CPU per response where the server is cheapest (nginx): its own ceiling.
  const clientUs = Math.round(
    avg(rows.map((r) => (r.nginx.rps ? (r.nginx.clientCores * 1e6) / r.nginx.rps : 0))),
  );
  lines.push(
    "",
    `CPU in use during these runs, in cores: the load generator (${client}) ${clientCores}, varnishd ${edge}, nginx ${nginx}. ` +
      (clientCores >= Math.max(edge, nginx)
        ? "The load generator used more than either server: it, not the server, set these request rates, so their ratio says little."
        : "The servers used more CPU than the load generator, so the request rates are the servers' own.") +
      (clientUs > 0
        ? ` In the nginx runs the load generator spent about ${fmt(clientUs)} µs of CPU per response, so on ${cpus} cores it could not drive more than about ${fmt(Math.round((cpus * 1e6) / clientUs))} req/s of these pages, whatever the server.`
        : ""),
  );
  return lines;
}

/** The range of the load averages the runs recorded, "x–y". */
function during(loads: [string, Load][]): string {
  const l = loads.map(([, x]) => x.load1);
  return l.length ? `${Math.min(...l).toFixed(1)}–${Math.max(...l).toFixed(1)}` : "—";
}

/** The "Ratios" section of docs/benchmarks.md for one run. */
export function renderRatiosSection(report: RatiosReport): string {
  const loads: [string, Load][] = [
    ...report.pages.flatMap((r): [string, Load][] => [
      [`${r.name} ${r.encoding}`, r.page],
      [`static ${r.name} ${r.encoding}`, r.static],
    ]),
    ...("rows" in report.edge
      ? report.edge.rows.flatMap((r): [string, Load][] => [
          [`edge ${r.name}`, r.edge],
          [`nginx ${r.name}`, r.nginx],
        ])
      : []),
    ...report.latency.map((r): [string, Load] => [r.name, r.load]),
  ];
  const shortfalls = ratioShortfalls(report);
  return [
    RATIOS_HEADING,
    "",
    "`npm run bench [seconds]` (scripts/bench/ratios-run.ts) measures each figure below in one run",
    "against one `next start`, with autocannon (wrk for the edge rows where installed) at 32",
    "connections for the given seconds (10 by default) after a 2 s warm-up. Server CPU per request is the user + system time of the",
    "answering processes (`next-server`; every varnishd or nginx process), read from /proc before",
    "and after each run, over the requests answered. The static copy of a page is the HTML it served,",
    "written under `<distDir>/static/` before the server starts (Next lists that folder at start),",
    "checked to come back whole, and removed afterwards. The edge is Debian's Varnish running",
    "edge/varnish.vcl in front of the same server; nginx (Debian's, `gzip_static on`) serves the",
    "gzip bytes the edge served, pre-compressed. The edge's capacity against nginx is nginx's CPU",
    "per request over the edge's, both driven by the same client (the paragraph under that table",
    "gives the CPU each side used). Raw figures: bench/results/latest.json.",
    "",
    `Run of ${report.at.slice(0, 16).replace("T", " ")} UTC, commit ${report.commit}, ${report.durationSeconds} s per measurement,` +
      ` on a shared ${report.cpus}-core machine (1-minute load average ${report.loadAverage.before.toFixed(1)} before,` +
      ` ${during(loads)} at the end of the runs, ${report.loadAverage.after.toFixed(1)} after, the bench's own processes included).`,
    "",
    "### Cached pages against the same bytes under `/_next/static`",
    "",
    ...pagesTable(report.pages),
    "",
    "### Through the edge cache (Varnish) against nginx, gzip",
    "",
    ...("rows" in report.edge
      ? edgeTable(
          report.edge.rows,
          report.edge.client ?? `autocannon, ${report.edgeWorkers} worker threads`,
          report.cpus,
        )
      : [`Not measured: ${report.edge.skipped}.`]),
    "",
    "### Search and the API list at 32 connections",
    "",
    "| route | req/s | p99 (ms) | ≤ 100 ms | server CPU µs/req |",
    "|---|---:|---:|---|---:|",
    ...report.latency.map(
      (r) =>
        `| ${r.name} | ${fmt(r.load.rps)} | ${r.load.requests ? r.load.p99 : "—"} | ${verdict(r.load.requests > 0 && r.load.p99 <= MAX_P99_MS)} | ${fmt(r.load.cpuUs)} |`,
    ),
    "",
    errorsNote(loads),
    "",
    shortfalls.length
      ? `Must-show checks not met (${shortfalls.length}): ${shortfalls.join("; ")}.`
      : "Every must-show check of this run holds.",
    "",
  ].join("\n");
}

/**
 * The soak's arithmetic and its report, free of I/O so tests can pin them down: options,
 * weighted picks, percentiles, per-route summaries, the verdict and the Markdown section that
 * replaces itself in docs/benchmarks.md.
 */

export type SoakOptions = { minutes: number; rate: number | null };

/** `--soak [minutes] [--rate N]`: minutes default to 10; without a rate the soak probes capacity. */
export function parseSoakArgs(argv: string[]): SoakOptions {
  const at = argv.indexOf("--soak");
  const next = argv[at + 1];
  const minutes = next !== undefined && /^\d+(\.\d+)?$/.test(next) ? Number(next) : 10;
  const r = argv.indexOf("--rate");
  const rate = r >= 0 ? Number(argv[r + 1]) : null;
  if (!(minutes > 0)) throw new Error(`--soak needs a positive number of minutes, not ${next}`);
  if (rate !== null && !(rate > 0)) throw new Error(`--rate needs a positive number, not ${argv[r + 1]}`);
  return { minutes, rate };
}

/** The index whose cumulative weight first exceeds `r` × total (r in [0, 1)). */
export function pickWeighted(weights: number[], r: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Nearest-rank percentile of ascending `sorted` values (0 for none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * What one route saw: latencies in ms, statuses (0 = no response: refused or timed out), and
 * how many answered with the expected status but without their acknowledgment (a sign-in that
 * set no session cookie, a 201 without a Location).
 */
export type RouteTally = {
  route: string;
  expected: number;
  latencies: number[];
  statuses: number[];
  unacknowledged: number;
};

export type RouteSummary = {
  route: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  serverErrors: number;
  noResponse: number;
  unexpected: number;
};

export function summarizeRoute(t: RouteTally): RouteSummary {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n);
  return {
    route: t.route,
    count: t.statuses.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    serverErrors: t.statuses.filter((s) => s >= 500).length,
    noResponse: t.statuses.filter((s) => s === 0).length,
    // Anything else that is not the answer the route must give (a 4xx, a redirect where a page is due).
    unexpected: t.statuses.filter((s) => s !== t.expected && s !== 0 && s < 500).length + t.unacknowledged,
  };
}

export type WriteCheck = { acknowledged: number; found: number; lost: string[]; unacknowledgedFound: number };

/**
 * Acknowledged writes (marker → id from the 201) against what the database holds (marker → id):
 * a write is lost when its marker is missing or carries another id.
 */
export function checkWrites(acked: Map<string, number>, stored: Map<string, number>): WriteCheck {
  const lost = [...acked].filter(([marker, id]) => stored.get(marker) !== id).map(([m]) => m);
  const unacknowledgedFound = [...stored.keys()].filter((m) => !acked.has(m)).length;
  return { acknowledged: acked.size, found: acked.size - lost.length, lost, unacknowledgedFound };
}

export type SoakReport = {
  at: string;
  commit: string;
  minutes: number;
  rate: number;
  capacity: number | null;
  requests: number;
  operations: number;
  skipped: number;
  routes: RouteSummary[];
  /** The warm-up and the capacity probe, whose answers are checked as the soak's are. */
  beforeSoak: RouteSummary[];
  writes: WriteCheck;
  rssMb: { afterWarmUp: number; soakStart: number; min: number; peak: number; end: number };
  loadAverage: { min: number; max: number };
};

/** Why the soak fails, one line each; empty when it passes. */
type Counted = "serverErrors" | "noResponse" | "unexpected";
const sumOf = (rows: RouteSummary[], k: Counted) => rows.reduce((a, x) => a + x[k], 0);

export function soakFailures(r: SoakReport): string[] {
  const sum = (k: Counted) => sumOf(r.routes, k) + sumOf(r.beforeSoak, k);
  const out: string[] = [];
  if (sum("serverErrors")) out.push(`${sum("serverErrors")} responses were 5xx`);
  if (sum("noResponse")) out.push(`${sum("noResponse")} requests got no response (refused or timed out)`);
  if (sum("unexpected")) out.push(`${sum("unexpected")} responses had another status than the route's`);
  if (r.writes.lost.length) out.push(`${r.writes.lost.length} acknowledged writes are not in the database`);
  return out;
}

export const SOAK_HEADING = "## Soak (issue #22)";

export function renderSoakSection(r: SoakReport): string {
  const total = (k: Counted) => sumOf(r.routes, k);
  const before = (k: Counted) => sumOf(r.beforeSoak, k);
  const rateLine =
    r.capacity === null
      ? `${r.rate} operations/s (given with \`--rate\`)`
      : `${r.rate} operations/s, half the ${r.capacity} operations/s a 20 s probe at 32 connections measured`;
  const failures = soakFailures(r);
  return [
    SOAK_HEADING,
    "",
    "`npm run bench -- --soak [minutes] [--rate N]` (scripts/bench/soak.ts) starts `next start` as the",
    "bench does, warms every route up, measures the mix's capacity (unless `--rate` is given), then",
    "drives the mix at half of it for the given minutes (10 by default), open loop: operations start",
    "on schedule whether or not earlier ones have answered. The mix: pages, the v1 and v2 release",
    "APIs, search, a credentials sign-in of a seeded user (CSRF token, then the callback) and writes:",
    "release files created through API v1 with a staff ApiKey under a draft release, each with a",
    "unique URL. Afterwards every acknowledged write (the id in its 201's `Location`) is looked up",
    "in the database by its URL; the soak's rows are then deleted. It fails on any 5xx, any request",
    "without an answer, any status other than the route's, and any lost write. Raw figures:",
    "`bench/results/soak.json`.",
    "",
    `Run of ${r.at.slice(0, 16).replace("T", " ")} UTC, commit ${r.commit}, ${r.minutes} min at ${rateLine}.`,
    `Taken on a **shared 2-core machine** (other sessions building and testing at the same time; load`,
    `average ${r.loadAverage.min.toFixed(1)}–${r.loadAverage.max.toFixed(1)} during the run), with PostgreSQL and Redis on the same machine.`,
    "",
    `- **Result: ${failures.length ? `failed: ${failures.join("; ")}` : "passed"}.**`,
    `- Requests: ${r.requests} (${r.operations} operations; a sign-in is two requests)` +
      (r.skipped ? `; ${r.skipped} operations not started because 256 were already in flight` : "") +
      ".",
    `- 5xx: ${total("serverErrors")}; no response: ${total("noResponse")}; other unexpected statuses: ${total("unexpected")}` +
      ` (warm-up and probe before it: ${before("serverErrors")}, ${before("noResponse")} and ${before("unexpected")}).`,
    `- Writes acknowledged (the warm-up's and the probe's included): ${r.writes.acknowledged}; found in the database: ${r.writes.found}` +
      (r.writes.unacknowledgedFound
        ? ` (plus ${r.writes.unacknowledgedFound} stored without an acknowledgment)`
        : "") +
      ".",
    `- \`next-server\` RSS: ${r.rssMb.afterWarmUp} MB after warm-up, ${r.rssMb.soakStart} MB at the start of the soak, ` +
      `${r.rssMb.end} MB at the end; sampled every 10 s, it ranged ${r.rssMb.min}–${r.rssMb.peak} MB.`,
    "",
    "| route | requests | p50 (ms) | p99 (ms) | max (ms) | 5xx | unexpected |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...r.routes.map(
      (x) =>
        `| ${x.route} | ${x.count} | ${x.p50} | ${x.p99} | ${x.max} | ${x.serverErrors} | ${x.unexpected + x.noResponse} |`,
    ),
    "",
  ].join("\n");
}

/**
 * `doc` with the section under `heading` (up to the next `## ` heading) replaced by `section`,
 * or `section` appended when the heading is not there yet.
 */
export function replaceSection(doc: string, heading: string, section: string): string {
  const lines = doc.split("\n");
  const start = lines.indexOf(heading);
  const body = section.endsWith("\n") ? section : `${section}\n`;
  if (start < 0) return `${doc.replace(/\n*$/, "")}\n\n${body}`;
  const rest = lines.slice(start + 1).findIndex((l) => l.startsWith("## "));
  const end = rest < 0 ? lines.length : start + 1 + rest;
  const after = lines.slice(end).join("\n");
  return [lines.slice(0, start).join("\n"), body, after].filter((p, i) => i === 1 || p !== "").join("\n");
}

/** VmRSS of a /proc/<pid>/status text, in MB (0 when absent). */
export function parseVmRssMb(status: string): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : 0;
}

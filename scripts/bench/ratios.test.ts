import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  edgeCpuRatio,
  edgeRpsRatio,
  loadFigures,
  pageCpuRatio,
  parseProcStatTicks,
  ratio,
  ratioShortfalls,
  RATIOS_HEADING,
  renderRatiosSection,
  type EdgeRow,
  type Load,
  type PageRow,
  type RatiosReport,
} from "./ratios";
import { replaceSection } from "./soak-stats";

const load = (over: Partial<Load> = {}): Load => ({
  requests: 10_000,
  seconds: 10,
  rps: 1000,
  p99: 40,
  errors: 0,
  cpuUs: 500,
  serverCores: 0.5,
  clientCores: 0.8,
  load1: 3,
  ...over,
});

const pageRow = (over: Partial<PageRow> = {}): PageRow => ({
  name: "home page",
  path: "/",
  encoding: "identity",
  bytes: 69_000,
  staticBytes: 69_000,
  nextCache: "HIT",
  cacheControl: "s-maxage=31536000",
  page: load({ cpuUs: 900 }),
  static: load({ cpuUs: 300 }),
  ...over,
});

const edgeRow = (over: Partial<EdgeRow> = {}): EdgeRow => ({
  name: "home page",
  path: "/",
  gzipBytes: 14_000,
  edgeCache: "HIT",
  edge: load({ rps: 9000, cpuUs: 40, serverCores: 0.36, clientCores: 1.1 }),
  nginx: load({ rps: 10_000, cpuUs: 20, serverCores: 0.2, clientCores: 1.2 }),
  ...over,
});

const report = (over: Partial<RatiosReport> = {}): RatiosReport => ({
  at: "2026-12-04T02:10:00.000Z",
  commit: "abc1234",
  durationSeconds: 10,
  connections: 32,
  edgeWorkers: 2,
  cpus: 2,
  loadAverage: { before: 3.21, after: 4.5 },
  pages: [pageRow({ page: load({ cpuUs: 500 }) }), pageRow({ encoding: "gzip" })],
  edge: { rows: [edgeRow()] },
  latency: [{ name: "API v2 release list", path: "/api/v2/downloads/release/", load: load({ p99: 80 }) }],
  ...over,
});

describe("parseProcStatTicks", () => {
  it("adds utime and stime of a real stat line of this process", () => {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    expect(parseProcStatTicks(stat)).toBe(Number(fields[11]) + Number(fields[12]));
  });
  it("counts fields after the last parenthesis, whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    const stat = "4242 (next (server) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 8 9 20 0";
    expect(parseProcStatTicks(stat)).toBe(1234 + 567);
  });
  it("refuses what is not a stat line", () => {
    expect(() => parseProcStatTicks("nonsense")).toThrow(/stat line/);
    expect(() => parseProcStatTicks("1 (x) S 1 2")).toThrow(/utime/);
  });
});

describe("loadFigures", () => {
  it("turns clock ticks into microseconds per request and cores", () => {
    // 250 ticks at 100/s = 2.5 s of CPU over 5,000 requests in 10 s.
    const l = loadFigures({
      requests: 5000,
      seconds: 10,
      wallSeconds: 10,
      p99: 31,
      errors: 2,
      serverTicks: 250,
      ticksPerSecond: 100,
      clientMicros: 7_000_000,
      load1: 4.567,
    });
    expect(l).toEqual({
      requests: 5000,
      seconds: 10,
      rps: 500,
      p99: 31,
      errors: 2,
      cpuUs: 500,
      serverCores: 0.25,
      clientCores: 0.7,
      load1: 4.57,
    });
  });
  it("gives req/s over the run and cores over the wall time between the readings", () => {
    const l = loadFigures({
      requests: 5000,
      seconds: 5,
      wallSeconds: 10,
      p99: 31,
      errors: 0,
      serverTicks: 100,
      ticksPerSecond: 100,
      clientMicros: 5_000_000,
      load1: 1,
    });
    expect([l.rps, l.serverCores, l.clientCores]).toEqual([1000, 0.1, 0.5]);
  });
  it("keeps tenths of a µs under 100 µs per request (edge hits), whole µs above", () => {
    const at = (serverTicks: number, requests: number) =>
      loadFigures({
        requests,
        seconds: 10,
        wallSeconds: 10,
        p99: 1,
        errors: 0,
        serverTicks,
        ticksPerSecond: 100,
        clientMicros: 0,
        load1: 1,
      }).cpuUs;
    // 1.97 s over 100,000 requests; 2.5 s over 7,000.
    expect(at(197, 100_000)).toBe(19.7);
    expect(at(250, 7000)).toBe(357);
  });
  it("has no CPU per request when nothing answered", () => {
    const l = loadFigures({
      requests: 0,
      seconds: 10,
      wallSeconds: 10,
      p99: 0,
      errors: 40,
      serverTicks: 3,
      ticksPerSecond: 100,
      clientMicros: 0,
      load1: 1,
    });
    expect(l.cpuUs).toBeNull();
    expect(l.rps).toBe(0);
  });
});

describe("ratios", () => {
  it("divide to two decimals and refuse a missing or zero side", () => {
    expect(ratio(900, 300)).toBe(3);
    expect(ratio(2, 3)).toBe(0.67);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });
  it("compare a page with its static copy by CPU, the edge with nginx by req/s and by CPU", () => {
    expect(pageCpuRatio(pageRow())).toBe(3);
    expect(edgeRpsRatio(edgeRow())).toBe(0.9);
    // The edge needs twice nginx's CPU per request: half its capacity.
    expect(edgeCpuRatio(edgeRow())).toBe(0.5);
  });
});

describe("ratioShortfalls", () => {
  it("names each must-show check that fails", () => {
    // The edge is judged by capacity (CPU per request), not by the client-bound req/s: the
    // /about/ row has fewer req/s than nginx but the same CPU per request, so it holds.
    const equalCpu = edgeRow({
      name: "/about/",
      edge: load({ rps: 8000, cpuUs: 20 }),
      nginx: load({ rps: 10_000, cpuUs: 20 }),
    });
    const r = report({
      edge: { rows: [edgeRow(), equalCpu] },
      latency: [{ name: "/search/?q=python", path: "/search/?q=python", load: load({ p99: 250 }) }],
    });
    expect(ratioShortfalls(r)).toEqual([
      "home page (gzip): CPU 3.00× the static file's (wants ≤ 2×)",
      "home page through the edge: capacity 0.50× nginx's by CPU per request (wants ≥ 0.9×)",
      "/search/?q=python: p99 250 ms (wants ≤ 100 ms)",
    ]);
  });
  it("is empty when every check holds, and an edge that was skipped is not a shortfall", () => {
    const pages = [pageRow({ page: load({ cpuUs: 600 }) })];
    const edge = edgeRow({ edge: load({ cpuUs: 22 }), nginx: load({ cpuUs: 20 }) });
    expect(ratioShortfalls(report({ pages, edge: { rows: [edge] } }))).toEqual([]);
    expect(ratioShortfalls(report({ pages, edge: { skipped: "x" } }))).toEqual([]);
  });
});

describe("renderRatiosSection", () => {
  it("renders the three tables with ratios, verdicts and the run's conditions", () => {
    const text = renderRatiosSection(
      report({
        latency: [
          {
            name: "API v2 release list",
            path: "/api/v2/downloads/release/",
            load: load({ p99: 80, load1: 6.04 }),
          },
        ],
      }),
    );
    expect(text.startsWith(`${RATIOS_HEADING}\n`)).toBe(true);
    expect(text).toContain("Run of 2026-12-04 02:10 UTC, commit abc1234, 10 s per measurement");
    expect(text).toContain("1-minute load average 3.2 before, 3.0–6.0 at the end of the runs, 4.5 after");
    expect(text).toContain(
      "| home page | identity | 69,000 | 1,000 | 1,000 | 40 | 40 | 500 | 300 | 1.67× | yes |",
    );
    expect(text).toContain(
      "| home page | gzip | 69,000 | 1,000 | 1,000 | 40 | 40 | 900 | 300 | 3.00× | **no** |",
    );
    expect(text).toContain("| home page | 14,000 | 9,000 | 10,000 | 0.90× | 40 | 20 | 0.50× | **no** |");
    expect(text).toContain("| API v2 release list | 1,000 | 80 | yes | 500 |");
    // nginx: 1.2 cores at 10,000 req/s is 120 µs of the load generator's CPU per response.
    expect(text).toContain("the load generator spent about 120 µs of CPU per response");
    expect(text).toContain("more than about 16,667 req/s of these pages");
    expect(text).toContain("Failed or non-2xx requests: none.");
    expect(text).toContain("Must-show checks not met (2): home page (gzip): CPU 3.00×");
  });
  it("says when the load generator, not the server, set the rate", () => {
    expect(renderRatiosSection(report())).toContain(
      "autocannon, 2 worker threads) 1.15, varnishd 0.36, nginx 0.2. The load generator used more than either server",
    );
    const busy = edgeRow({
      edge: load({ serverCores: 1.5, clientCores: 0.4 }),
      nginx: load({ serverCores: 1.2, clientCores: 0.4 }),
    });
    const text = renderRatiosSection(report({ edge: { rows: [busy], client: "wrk, 2 threads" } }));
    expect(text).toContain("the load generator (wrk, 2 threads) 0.4, varnishd 1.5, nginx 1.2.");
    expect(text).toContain("The servers used more CPU than the load generator");
  });
  it("shows differing byte counts, an edge miss, errors and a skipped edge", () => {
    const text = renderRatiosSection(
      report({
        pages: [pageRow({ staticBytes: 68_990, static: load({ errors: 3 }) })],
        edge: { rows: [edgeRow({ edgeCache: "MISS" })] },
      }),
    );
    expect(text).toContain("| home page | identity | 69,000 (static 68,990) |");
    expect(text).toContain("| home page (edge MISS before the run) |");
    expect(text).toContain("Failed or non-2xx requests: static home page identity 3.");
    const skipped = renderRatiosSection(report({ edge: { skipped: "/usr/sbin/nginx not installed" } }));
    expect(skipped).toContain("Not measured: /usr/sbin/nginx not installed.");
    const silent = renderRatiosSection(
      report({
        latency: [
          { name: "/search/?q=python", path: "/search/?q=python", load: load({ requests: 0, p99: 0 }) },
        ],
      }),
    );
    expect(silent).toContain("| /search/?q=python | 1,000 | — | **no** |");
  });
  it("replaces its own section of the document on a rerun and keeps the others", () => {
    const doc = `# Benchmarks\n\nintro\n\n${renderRatiosSection(report())}\n## Soak (issue #22)\n\nsoak text\n`;
    const again = replaceSection(doc, RATIOS_HEADING, renderRatiosSection(report({ commit: "def5678" })));
    expect(again).toContain("commit def5678");
    expect(again).not.toContain("commit abc1234");
    expect(again).toContain("## Soak (issue #22)\n\nsoak text");
    expect(again.match(/### Cached pages/g)).toHaveLength(1);
  });
});

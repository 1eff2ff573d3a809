/**
 * Debian's wrk (`apt-get install wrk`) as the load generator of the edge and nginx runs: a C
 * client whose CPU per response is a few µs (autocannon's is ~350 µs), so both servers can be
 * driven until they are busy. Same shape of run as load.ts's `measure`: a 2 s warm-up at 4
 * connections, then the measured run with the servers' CPU read before and after; keep-alive
 * HTTP/1.1, the given request headers, `threads` client threads.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { MeasureOptions } from "./load";
import { clockTicksPerSecond, cpuTicks } from "./proc";
import { loadFigures, type Load } from "./ratios";

export const WRK = "/usr/bin/wrk";
export const wrkInstalled = () => existsSync(WRK);

// wrk's done() hook: one line with what the run counted (latency in µs).
const REPORT_LUA = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d micros=%d p99us=%d errors=%d status=%d\\n",
    summary.requests, summary.duration, latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;

export type WrkReport = { requests: number; micros: number; p99us: number; errors: number };

/**
 * The WRK line of the hook above and the shell's /proc/<pid>/stat line printed after wrk ended
 * (its cutime + cstime, fields 16 and 17, are wrk's CPU): throws when either is missing.
 */
export function parseWrkOutput(stdout: string): WrkReport & { clientTicks: number } {
  const m = /^WRK requests=(\d+) micros=(\d+) p99us=(\d+) errors=(\d+) status=(\d+)$/m.exec(stdout);
  if (!m) throw new Error(`no report in wrk's output:\n${stdout}`);
  const stat = stdout.trim().split("\n").at(-1)!;
  const close = stat.lastIndexOf(")");
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  // After ")", field 3 is index 0: cutime (16) is index 13, cstime (17) index 14.
  const clientTicks = Number(fields[13]) + Number(fields[14]);
  if (close < 0 || !Number.isFinite(clientTicks)) throw new Error("no /proc stat line after wrk's report");
  const [requests, micros, p99us, errors, status] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { requests, micros, p99us, errors: errors + status, clientTicks };
}

function wrkArgs(url: string, o: { headers: Record<string, string>; c: number; s: number; t: number }) {
  const headers = Object.entries(o.headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  return ["-t", String(o.t), "-c", String(o.c), "-d", `${o.s}s`, ...headers, url];
}

const run = promisify(execFile);

/** One measured wrk run against `url` (threads: opts.workers, at least 1). */
export async function measureWrk(url: string, opts: MeasureOptions): Promise<Load> {
  const dir = mkdtempSync(path.join(tmpdir(), "pydotorg-wrk-"));
  const lua = path.join(dir, "report.lua");
  writeFileSync(lua, REPORT_LUA);
  const t = Math.max(1, opts.workers ?? 1);
  try {
    await run(WRK, wrkArgs(url, { headers: opts.headers, c: Math.max(4, t), s: 2, t }));
    const pids = opts.serverPids();
    const ticks0 = cpuTicks(pids);
    const t0 = process.hrtime.bigint();
    // The shell waits for wrk, then prints its own stat line, whose children's times are wrk's.
    const args = [
      "-s",
      lua,
      ...wrkArgs(url, { headers: opts.headers, c: opts.connections, s: opts.seconds, t }),
    ];
    const { stdout } = await run("/bin/sh", ["-c", `"$0" "$@" && cat /proc/$$/stat`, WRK, ...args]);
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const ticks1 = cpuTicks(pids);
    const r = parseWrkOutput(stdout);
    return loadFigures({
      requests: r.requests,
      seconds: r.micros / 1e6,
      wallSeconds,
      p99: Math.round(r.p99us / 1000),
      errors: r.errors,
      serverTicks: ticks1 - ticks0,
      ticksPerSecond: clockTicksPerSecond(),
      clientMicros: (r.clientTicks * 1e6) / clockTicksPerSecond(),
      load1: loadavg()[0]!,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

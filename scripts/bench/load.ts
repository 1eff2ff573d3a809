/**
 * One measured load run for the ratio bench: autocannon against a URL, with the CPU time of the
 * answering processes and of the load generator taken before and after (scripts/bench/proc.ts),
 * and a raw probe (node:http, which does not inflate) to see what a URL answers on the wire.
 */
import { request } from "node:http";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { clockTicksPerSecond, cpuTicks } from "./proc";
import { loadFigures, type Load } from "./ratios";

export type Probe = { status: number; headers: Record<string, string | undefined>; body: Buffer };

/** One GET, the body as sent (still compressed when the server compressed it). */
export function probe(url: string, headers: Record<string, string> = {}): Promise<Probe> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res
        .on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]),
            ),
            body: Buffer.concat(chunks),
          }),
        )
        .on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

export const IDENTITY = { "accept-encoding": "identity" };
export const GZIP = { "accept-encoding": "gzip" };

export type MeasureOptions = {
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** autocannon worker threads; 0 or 1 drives the load from this thread. */
  workers?: number;
  /** The processes whose CPU counts as the server's, looked up at the start of the run. */
  serverPids: () => number[];
};

/** A 2 s warm-up at 4 connections, then the measured run. */
export async function measure(url: string, opts: MeasureOptions): Promise<Load> {
  const workers = opts.workers && opts.workers > 1 ? { workers: opts.workers } : {};
  await autocannon({ url, headers: opts.headers, connections: 4, duration: 2 });
  const pids = opts.serverPids();
  const ticks0 = cpuTicks(pids);
  const client0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = await autocannon({
    url,
    headers: opts.headers,
    connections: opts.connections,
    duration: opts.seconds,
    ...workers,
  });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const client = process.cpuUsage(client0);
  const ticks1 = cpuTicks(pids);
  return loadFigures({
    requests: r.requests.total,
    seconds: r.duration,
    wallSeconds,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    serverTicks: ticks1 - ticks0,
    ticksPerSecond: clockTicksPerSecond(),
    clientMicros: client.user + client.system,
    load1: loadavg()[0]!,
  });
}

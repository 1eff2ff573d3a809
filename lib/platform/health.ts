/**
 * Dependency report for /api/health. A dependency is "required" when the app cannot serve
 * without it: the database always, Redis when REDIS_URL is configured (otherwise the
 * in-process cache is used and reported as embedded). Others degrade gracefully.
 */
import "server-only";
import net from "node:net";
import { db } from "./db";
import { env } from "./env";
import { getRedis, whenReady } from "./redis";
import { withTimeout } from "./timeout";

export type CheckStatus = "up" | "down";
export type Check = {
  status: CheckStatus;
  mode: string;
  required: boolean;
  latencyMs?: number;
  error?: string;
};
export type HealthReport = { status: "ok" | "degraded" | "down"; checks: Record<string, Check> };

async function timed(mode: string, required: boolean, probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await withTimeout(probe(), 2000, "timed out after 2000 ms");
    return { status: "up", mode, required, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    // The message names the failure class only; connection strings never reach the response.
    return { status: "down", mode, required, error: (e as Error).message.split("\n")[0]?.slice(0, 200) };
  }
}

function tcpProbe(url: string): Promise<void> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol === "smtps:" ? 465 : 25));
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: u.hostname, port }, () => {
      socket.end();
      resolve();
    });
    socket.on("error", (e) =>
      reject(new Error(`connect failed: ${(e as NodeJS.ErrnoException).code ?? "error"}`)),
    );
  });
}

export async function checkHealth(): Promise<HealthReport> {
  const redis = getRedis();
  const [database, cache, search, mail] = await Promise.all([
    timed(
      env.DATABASE_URL && !env.EMBEDDED_DB ? "postgresql" : "embedded-pglite",
      true,
      () => db.$queryRaw`SELECT 1`,
    ),
    redis
      ? timed("redis", true, async () => {
          await whenReady(redis);
          return redis.ping();
        })
      : Promise.resolve<Check>({ status: "up", mode: "in-process", required: false }),
    env.MEILISEARCH_URL
      ? timed("meilisearch", false, async () => {
          const res = await fetch(new URL("/health", env.MEILISEARCH_URL), {
            signal: AbortSignal.timeout(2000),
          });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
        })
      : Promise.resolve<Check>({ status: "up", mode: "postgres-fts", required: false }),
    env.SMTP_URL
      ? timed("smtp", false, () => tcpProbe(env.SMTP_URL as string))
      : Promise.resolve<Check>({ status: "up", mode: "outbox", required: false }),
  ]);
  const jobs: Check = {
    status: "up",
    mode: env.INNGEST_DEV || env.INNGEST_EVENT_KEY ? "inngest" : "in-process",
    required: false,
  };
  const checks = { database, cache, search, mail, jobs };
  return { status: summarize(checks), checks };
}

/** "down" when a required dependency is down (the route answers 503), "degraded" when an optional one is. */
export function summarize(checks: Record<string, Check>): HealthReport["status"] {
  const all = Object.values(checks);
  if (all.some((c) => c.required && c.status === "down")) return "down";
  return all.some((c) => c.status === "down") ? "degraded" : "ok";
}

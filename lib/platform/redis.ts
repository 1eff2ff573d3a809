/**
 * The shared ioredis connection when REDIS_URL is set; null means "use the in-process default".
 * Commands fail fast (no offline queue, low retries): a cache miss is cheaper than a hung request.
 */
import "server-only";
import Redis from "ioredis";
import { env } from "./env";

const globalForRedis = globalThis as unknown as { redis?: { url: string; client: Redis } };

export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  const current = globalForRedis.redis;
  if (current && current.url === env.REDIS_URL && !["end", "close"].includes(current.client.status))
    return current.client;
  const client = new Redis(env.REDIS_URL, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1000,
  });
  // Errors surface on each command (and as a cache miss); the event itself only needs a listener.
  client.on("error", () => undefined);
  globalForRedis.redis = { url: env.REDIS_URL, client };
  return client;
}

/** Resolves once the connection is usable (commands fail fast before that: no offline queue). */
export function whenReady(redis: Redis): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  if (redis.status === "end") return Promise.reject(new Error("redis: connection closed"));
  return new Promise((resolve, reject) => {
    const onReady = () => {
      redis.off("error", onError);
      resolve();
    };
    const onError = (e: Error) => {
      redis.off("ready", onReady);
      reject(new Error(`redis: ${(e as NodeJS.ErrnoException).code ?? "connection error"}`));
    };
    redis.once("ready", onReady);
    redis.once("error", onError);
  });
}

/** Closes the shared connection (graceful shutdown, tests); the next getRedis() opens a new one. */
export async function closeRedis(): Promise<void> {
  const current = globalForRedis.redis;
  globalForRedis.redis = undefined;
  if (current) await current.client.quit().catch(() => current.client.disconnect());
}

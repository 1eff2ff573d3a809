/**
 * The shared ioredis connection when REDIS_URL is set; null means "use the in-process default".
 * Commands fail fast (no offline queue, low retries): a cache miss is cheaper than a hung request.
 */
import "server-only";
import Redis from "ioredis";
import { env } from "./env";

const globalForRedis = globalThis as unknown as { redis?: Redis | null };

export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  globalForRedis.redis ??= new Redis(env.REDIS_URL, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1000,
    lazyConnect: false,
  });
  return globalForRedis.redis;
}

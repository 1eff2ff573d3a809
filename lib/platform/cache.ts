/**
 * A small key/value cache for computed data: Redis when REDIS_URL is set (shared by every
 * instance), otherwise an in-process LRU. It fails open: a cache error is a miss, never a
 * failed request. Page caching itself is Next's ('use cache' + each domain's tags in its constants.ts).
 */
import "server-only";
import { LRUCache } from "lru-cache";
import { databaseDown, markDatabaseError } from "./db-status";
import { getRedis } from "./redis";

const PREFIX = "pydotorg:cache:";
const memory = new LRUCache<string, { json: string }>({ max: 5000 });

export type CacheBackend = "redis" | "memory";

export function cacheBackend(): CacheBackend {
  return getRedis() ? "redis" : "memory";
}

export async function cacheGet<T>(key: string): Promise<T | undefined> {
  const redis = getRedis();
  try {
    const json = redis ? await redis.get(PREFIX + key) : (memory.get(key)?.json ?? null);
    return json === null ? undefined : (JSON.parse(json) as T);
  } catch {
    return undefined;
  }
}

export async function cacheSet(key: string, value: unknown, ttlSeconds: number): Promise<void> {
  const json = JSON.stringify(value);
  const redis = getRedis();
  try {
    if (redis) await redis.set(PREFIX + key, json, "EX", ttlSeconds);
    else memory.set(key, { json }, { ttl: ttlSeconds * 1000 });
  } catch {
    // Fail open: the next read recomputes.
  }
}

export async function cacheDelete(key: string): Promise<void> {
  const redis = getRedis();
  try {
    if (redis) await redis.del(PREFIX + key);
    else memory.delete(key);
  } catch {
    // Fail open.
  }
}

/** Returns the cached value, or computes, stores and returns it. */
export async function cached<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
  const hit = await cacheGet<T>(key);
  if (hit !== undefined) return hit;
  const value = await compute();
  await cacheSet(key, value, ttlSeconds);
  return value;
}

/**
 * Calls a `'use cache'` function, and on an error does the same work once more outside the cache.
 * Next hands a cached function's error to the caller wrapped ("An error occurred in the Server
 * Components render"), which hides from the API's error mapping what it was: a value the database
 * cannot store or compare is a 400, a database that is down a 503. The direct call throws the
 * original error (or answers, if the failure was the cache's own). When the database has just
 * failed, it is not asked twice: the error thrown maps to 503 at once (lib/platform/errors.ts).
 */
export async function cachedOrDirect<T>(cachedCall: () => Promise<T>, direct: () => Promise<T>): Promise<T> {
  try {
    return await cachedCall();
  } catch (error) {
    if (databaseDown()) {
      const unavailable = new Error("The database is not answering", { cause: error });
      markDatabaseError(unavailable);
      throw unavailable;
    }
    return direct();
  }
}

/**
 * Named rate limits (rate-limiter-flexible): Redis when REDIS_URL is set, so every instance
 * shares the counters, with an in-memory insurance limiter while Redis is unreachable; memory
 * alone otherwise. Over the limit → AppError rate_limited with Retry-After seconds.
 */
import "server-only";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { AppError } from "./errors";
import { rateLimits, type RateLimitName } from "./rate-limit-names";
import type Redis from "ioredis";
import { env } from "./env";
import { getRedis } from "./redis";

export { rateLimits, type RateLimitName };

const globalLimiters = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterAbstract> };
const limiters = (globalLimiters.rateLimiters ??= new Map());

/** A limiter on Redis (with a memory insurance limiter), or in memory when `redis` is null. */
export function createLimiter(name: RateLimitName, redis: Redis | null): RateLimiterAbstract {
  const opts = {
    ...rateLimits[name],
    points: rateLimits[name].points * env.RATE_LIMIT_SCALE,
    keyPrefix: `rl:${name}`,
  };
  return redis
    ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) })
    : new RateLimiterMemory(opts);
}

function getLimiter(name: RateLimitName): RateLimiterAbstract {
  const redis = getRedis();
  const key = `${name}:${redis ? "redis" : "memory"}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = createLimiter(name, redis);
    limiters.set(key, limiter);
  }
  return limiter;
}

/** Counts one request for `key` (a user id or client IP); throws rate_limited when over. */
export async function consumeRateLimit(
  name: RateLimitName,
  key: string,
  points = 1,
  limiter: RateLimiterAbstract = getLimiter(name),
): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (e) {
    // Duck-typed: bundlers may load the library twice, which defeats instanceof.
    const res = e as RateLimiterRes | null;
    if (e instanceof RateLimiterRes || typeof res?.msBeforeNext === "number") {
      throw new AppError("rate_limited", "Too many requests. Try again later.", {
        retryAfter: Math.max(1, Math.ceil(res!.msBeforeNext / 1000)),
      });
    }
    throw e;
  }
}

/** Forgets a key's count (after a successful login, in tests). */
export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await getLimiter(name).delete(key);
}

/** Throws rate_limited when `key` has used up its points, without counting this request. */
export async function checkRateLimit(name: RateLimitName, key: string): Promise<void> {
  const res = await getLimiter(name).get(key);
  if (res && res.consumedPoints >= rateLimits[name].points * env.RATE_LIMIT_SCALE) {
    throw new AppError("rate_limited", "Too many requests. Try again later.", {
      retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    });
  }
}

/** Counts a failure without throwing (the limit is enforced by the next checkRateLimit). */
export async function recordFailure(name: RateLimitName, key: string): Promise<void> {
  await getLimiter(name)
    .consume(key)
    .catch(() => undefined);
}

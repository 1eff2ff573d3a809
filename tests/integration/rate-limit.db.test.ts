import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/platform/errors";
import { consumeRateLimit, createLimiter, rateLimits } from "@/lib/platform/rate-limit";

// The same limit on both engines: real Redis (shared by every instance) and the in-memory default.
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/15", {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
});
afterAll(() => redis.quit());

describe.each([
  ["redis", () => createLimiter("login-fail-id-ip", redis)],
  ["memory", () => createLimiter("login-fail-id-ip", null)],
])("rate limits on %s", (engine, make) => {
  it("allows the configured points, then answers rate_limited with a Retry-After", async () => {
    if (engine === "redis")
      await new Promise<void>((r) => (redis.status === "ready" ? r() : redis.once("ready", () => r())));
    const limiter = make();
    const key = `test-${randomUUID()}`;
    for (let i = 0; i < rateLimits["login-fail-id-ip"].points; i++)
      await consumeRateLimit("login-fail-id-ip", key, 1, limiter);
    const err = await consumeRateLimit("login-fail-id-ip", key, 1, limiter).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(429);
    expect((err as AppError).retryAfter).toBeGreaterThan(0);
    expect((err as AppError).retryAfter).toBeLessThanOrEqual(rateLimits["login-fail-id-ip"].duration);
    // Another key is counted separately.
    await expect(consumeRateLimit("login-fail-id-ip", `${key}-other`, 1, limiter)).resolves.toBeUndefined();
  });
});

it("two Redis-backed limiters (two app instances) share one count", async () => {
  const a = createLimiter("login-fail-id-ip", redis);
  const b = createLimiter("login-fail-id-ip", redis);
  const key = `shared-${randomUUID()}`;
  for (let i = 0; i < 5; i++) await consumeRateLimit("login-fail-id-ip", key, 1, i % 2 ? a : b);
  await expect(consumeRateLimit("login-fail-id-ip", key, 1, a)).rejects.toMatchObject({
    code: "rate_limited",
  });
});

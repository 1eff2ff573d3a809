import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";

async function cacheWith(redisUrl: string) {
  vi.resetModules();
  vi.stubEnv("REDIS_URL", redisUrl);
  const cache = await import("@/lib/platform/cache");
  const redis = await import("@/lib/platform/redis");
  const client = redis.getRedis();
  if (client) await redis.whenReady(client).catch(() => undefined);
  return {
    ...cache,
    close: redis.closeRedis,
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

for (const mode of ["redis", "memory"] as const) {
  describe(`cache (${mode})`, () => {
    const url = mode === "redis" ? process.env.REDIS_URL! : "";

    it("stores, reads and deletes JSON values", async () => {
      const c = await cacheWith(url);
      try {
        expect(c.cacheBackend()).toBe(mode);
        const key = `k-${randomBytes(4).toString("hex")}`;
        expect(await c.cacheGet(key)).toBeUndefined();
        await c.cacheSet(key, { a: 1, when: "2026-01-01" }, 60);
        expect(await c.cacheGet(key)).toEqual({ a: 1, when: "2026-01-01" });
        await c.cacheDelete(key);
        expect(await c.cacheGet(key)).toBeUndefined();
      } finally {
        await c.close();
      }
    });

    it("computes once and then serves the cached value", async () => {
      const c = await cacheWith(url);
      try {
        const key = `k-${randomBytes(4).toString("hex")}`;
        const compute = vi.fn(async () => 42);
        expect(await c.cached(key, 60, compute)).toBe(42);
        expect(await c.cached(key, 60, compute)).toBe(42);
        expect(compute).toHaveBeenCalledTimes(1);
      } finally {
        await c.close();
      }
    });
  });
}

describe("cache (redis)", () => {
  it("writes through to the real Redis with a TTL", async () => {
    const c = await cacheWith(process.env.REDIS_URL!);
    const probe = new Redis(process.env.REDIS_URL!);
    try {
      const key = `k-${randomBytes(4).toString("hex")}`;
      await c.cacheSet(key, "v", 30);
      const ttl = await probe.ttl(`pydotorg:cache:${key}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30);
    } finally {
      await c.close();
      probe.disconnect();
    }
  });

  it("fails open: an unreachable Redis is a miss, not an error", async () => {
    const c = await cacheWith("redis://127.0.0.1:1/0");
    try {
      await expect(c.cacheSet("x", 1, 10)).resolves.toBeUndefined();
      await expect(c.cacheGet("x")).resolves.toBeUndefined();
      await expect(c.cached("x", 10, async () => "fresh")).resolves.toBe("fresh");
    } finally {
      await c.close();
    }
  });
});

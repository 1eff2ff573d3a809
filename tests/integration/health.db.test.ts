import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/env is read once at import, so each case loads the modules afresh with its own environment. */
async function healthWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v as string);
  const { checkHealth } = await import("@/lib/platform/health");
  const { closeRedis } = await import("@/lib/platform/redis");
  try {
    return await checkHealth();
  } finally {
    await closeRedis();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("checkHealth", () => {
  it("reports the real PostgreSQL and Redis as up", async () => {
    const redisUrl = process.env.REDIS_URL;
    expect(redisUrl, "npm test provides REDIS_URL").toBeTruthy();
    const report = await healthWith({ REDIS_URL: redisUrl });
    expect(report.status).toBe("ok");
    expect(report.checks.database).toMatchObject({ status: "up", mode: "postgresql", required: true });
    expect(report.checks.cache).toMatchObject({ status: "up", mode: "redis", required: true });
  });

  it("is down, naming no secrets, when a configured Redis cannot be reached", async () => {
    const report = await healthWith({ REDIS_URL: "redis://:hunter2@127.0.0.1:1/0" });
    expect(report.status).toBe("down");
    expect(report.checks.cache).toMatchObject({ status: "down", mode: "redis", required: true });
    expect(JSON.stringify(report)).not.toContain("hunter2");
  });

  it("uses the in-process cache when REDIS_URL is unset", async () => {
    const report = await healthWith({ REDIS_URL: "" });
    expect(report.status).toBe("ok");
    expect(report.checks.cache).toMatchObject({ status: "up", mode: "in-process", required: false });
  });
});

/**
 * Scaffolding of the cache handler db tests (tests/integration/cache-handler*.db.test.ts,
 * page-hits.db.test.ts): a key prefix of the test's own on the real Redis, connections that stand
 * for separate servers, and the cleanup of both; the handler shapes the tests call.
 */
import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll } from "vitest";

export type IncrementalHandler = {
  get(
    key: string,
    ctx: Record<string, unknown>,
  ): Promise<{ lastModified: number; value: Record<string, unknown> } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
};
export type IncrementalHandlerClass = new (ctx?: { serverDistDir?: string }) => IncrementalHandler;

/**
 * A unique prefix under `test:<name>:` and `connect()` for new connections to REDIS_URL; after
 * the file's tests, every key under the prefix is deleted and the connections closed.
 */
export function withTestRedis(name: string): { prefix: string; connect: () => Redis } {
  const redisUrl = process.env.REDIS_URL;
  const prefix = `test:${name}:${randomBytes(6).toString("hex")}:`;
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };
  beforeAll(() => {
    if (!redisUrl) throw new Error(`REDIS_URL is required for the ${name} tests`);
  });
  afterAll(async () => {
    const probe = connect();
    const keys = await probe.keys(`${prefix}*`);
    if (keys.length) await probe.del(...keys);
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
  });
  return { prefix, connect };
}

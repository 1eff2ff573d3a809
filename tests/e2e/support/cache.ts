/**
 * For e2e tests that change the database directly (no mutation ran, so nothing revalidated):
 * expire cache tags in the Redis tag store the server's cache handlers read, as a mutation's
 * revalidateDomain does outside a request.
 */
import Redis from "ioredis";
import { createTagStore, DEFAULT_PREFIX } from "../../../cache-handlers/redis-shared.mjs";

export async function expireCacheTags(tags: string[]): Promise<void> {
  if (!process.env.REDIS_URL) return; // no shared cache: nothing outlives the server's own process
  const redis = new Redis(process.env.REDIS_URL);
  try {
    await createTagStore(async () => redis, DEFAULT_PREFIX).update(tags);
  } finally {
    redis.disconnect();
  }
}

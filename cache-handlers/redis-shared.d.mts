// Types for the part of redis-shared.mjs that app code uses (lib/revalidate.ts records tag
// revalidations from processes without a Next request, such as `npm run job`).
import type Redis from "ioredis";

export declare const DEFAULT_PREFIX: string;

export type TagStore = {
  read(tags: readonly string[]): Promise<Map<string, { stale: number; expired: number }> | null>;
  update(tags: readonly string[], durations?: { expire?: number }): Promise<void>;
};

export declare function createTagStore(getClient: () => Promise<Redis | null>, prefix: string): TagStore;

/** The fail-fast connection the handlers make (no offline queue, one retry, 1 s command timeout). */
export declare function createRedisConnection(url: string): Redis;

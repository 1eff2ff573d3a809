// @ts-check
/**
 * The in-process tier in front of Redis for the incremental handler (redis-incremental.mjs): the
 * document parts of page entries (their HTML as a string, headers, status), kept by least recent
 * use up to a number of bytes. A hit here saves the Redis read of the HTML and its decoding (on
 * home 165 KB, ~250-400 µs of CPU); the handler still reads the page's tag state from Redis on
 * every hit (one round trip, ~40 µs) and checks the copy's revalidate window, so another
 * instance's revalidateTag/revalidatePath makes the copy stale or a miss at the same moment as
 * the Redis copy. Only keys deleted in Redis by hand are not seen: revalidate instead.
 *
 * Bounded by NEXT_CACHE_MEMORY_BYTES (default 16 MiB, about a hundred pages; 0 turns it off).
 * The handler reads process.env directly, as redis-shared.mjs explains.
 */

export const DEFAULT_MEMORY_BYTES = 16 * 1024 * 1024;

/** The configured bound in bytes (NEXT_CACHE_MEMORY_BYTES, a whole number), else the default. */
export function memoryBytesFromEnv() {
  const raw = process.env.NEXT_CACHE_MEMORY_BYTES?.trim();
  if (!raw) return DEFAULT_MEMORY_BYTES;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : DEFAULT_MEMORY_BYTES;
}

/** Least-recently-used map of stored entries weighed in bytes. */
export class MemoryTier {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { stored: any; bytes: number }>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Most recent last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.stored;
  }

  /** @param {string} key @param {any} stored @param {number} bytes */
  set(key, stored, bytes) {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { stored, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

// @ts-check
/**
 * Incremental (ISR) cache handler (next.config `cacheHandler`) backed by Redis, so every Next
 * instance shares prerendered pages, route handler responses and the fetch cache, and a
 * revalidateTag on one instance reaches all of them. Implements the CacheHandler class of
 * next/dist/server/lib/incremental-cache/index.d.ts: get, set, revalidateTag, resetRequestCache.
 * Pair it with `cacheMaxMemorySize: 0` so Redis is the single source of truth.
 *
 * - Keys are namespaced by BUILD_ID: incremental keys (unlike 'use cache' keys) do not include
 *   the build, and a new deployment must not serve HTML that points at the old build's chunks.
 * - Entries are stored binary (packEntry/unpackEntry): a small JSON skeleton, then the Buffers
 *   (rscData, segment data, route bodies) and long strings (the HTML) as raw bytes after it, so a
 *   hit parses a few hundred bytes of JSON and slices the rest, instead of JSON-parsing and
 *   base64-decoding the whole entry (3x the HTML). Entries in the older JSON form still read.
 * - A page entry is two keys, its document and (suffix DATA_SUFFIX) its RSC and segment data,
 *   written in one transaction; a request for the document reads only the first
 *   (request-kind.mjs says which requests, and why the whole entry is read when shared).
 * - Tags: APP_PAGE/APP_ROUTE/PAGES entries carry theirs in the `x-next-cache-tags` header, fetch
 *   entries in ctx.tags/softTags. A tag expired after the entry was written makes it a miss; a
 *   stale one (revalidateTag(tag, "max")) makes Next serve it once more and regenerate it.
 *
 * - Pages: each APP_PAGE entry gets the enforced script policy of its own HTML, the hashes of its
 *   inline scripts (lib/platform/cdn/csp.mjs hashedScriptCsp), and its ETag, computed once when
 *   it is stored.
 *
 * Only configure it when REDIS_URL is set; without Redis Next's built-in file-system cache is the
 * embedded default. Redis errors are misses (fail open).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashedScriptCsp } from "../lib/platform/cdn/csp.mjs";
import {
  freshForNext,
  joinEntry,
  markStale,
  packEntry,
  splitEntry,
  tagsOf,
  unpackEntry,
} from "./redis-entry.mjs";
import { notePageRead } from "./page-hits.mjs";
import { dataRequestInFlight, documentOnly, requestStore } from "./request-kind.mjs";
export { decodeValue, encodeValue, packEntry, unpackEntry } from "./redis-entry.mjs";
import {
  DEFAULT_PREFIX,
  createRedisConnection,
  createTagStore,
  errorMessage,
  logEvent,
  readyGetter,
  redisUrlFromEnv,
  tagVerdict,
  ttlSeconds,
} from "./redis-shared.mjs";

/** A page entry's data part (rscData, segmentData) lives beside it under this suffix. */
const DATA_SUFFIX = "\0data";

/** BUILD_ID per dist folder, read once (Next constructs the handler for every request). */
const buildIds = new Map();

/** @param {string | undefined} serverDistDir */
function readBuildId(serverDistDir) {
  if (!serverDistDir) return "dev";
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() || "dev";
    } catch {
      id = "dev";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/** A render start older than this is not trusted (a render that failed and never set). */
const RENDER_START_TTL_MS = 120_000;
/** Bounds the render-start map (one entry per key being rendered). */
const RENDER_START_MAX_KEYS = 10_000;

/**
 * Builds the handler class. Next instantiates it per request (`new CacheHandler(ctx)`), so the
 * connection and tag store are created once here and shared by every instance of the class.
 * @param {{ redis?: import("ioredis").default; url?: string; keyPrefix?: string }} [options]
 */
export function createRedisIncrementalCacheHandler(options = {}) {
  const prefix = options.keyPrefix ?? DEFAULT_PREFIX;
  /** @type {import("ioredis").default | null | undefined} */
  let client = options.redis;
  /** @type {(() => Promise<import("ioredis").default | null>) | undefined} */
  let getClient;
  function connection() {
    if (!getClient) {
      // NEXT_PAGE_CACHE=off (the bench's --page-miss, never production): every page read misses
      // and nothing is stored, while the 'use cache' handler keeps its entries.
      const off = process.env.NEXT_PAGE_CACHE === "off" && !options.redis && !options.url;
      const url = off ? undefined : (options.url ?? redisUrlFromEnv());
      client ??= url ? createRedisConnection(url) : null;
      if (!client && off) logEvent("warn", "next-cache: NEXT_PAGE_CACHE=off: every page render misses");
      else if (!client)
        logEvent("warn", "next-cache: incremental Redis handler loaded without REDIS_URL; caching is off");
      const ready = client ? readyGetter(client) : null;
      getClient = ready ?? (async () => null);
    }
    return getClient;
  }
  const tagStore = createTagStore(() => connection()(), prefix);
  /**
   * When this server began rendering each key: the time of the get that missed or found it
   * stale, which Next follows with the render and then the set. The entry is stamped with it,
   * not with the set's time, so a tag revalidated while the render was reading still applies to
   * what the render read (else the old data would be stored as fresh until the next write).
   * Kept per process; a start older than RENDER_START_TTL_MS is ignored.
   * @type {Map<string, number>}
   */
  const renderStarts = new Map();
  const noteRenderStart = (/** @type {string} */ key) => {
    const now = Date.now();
    const known = renderStarts.get(key);
    // The earliest start of a render still in flight wins: Next coalesces concurrent misses.
    if (known === undefined || now - known > RENDER_START_TTL_MS) renderStarts.set(key, now);
    if (renderStarts.size > RENDER_START_MAX_KEYS) {
      for (const [k, t] of renderStarts) if (now - t > RENDER_START_TTL_MS) renderStarts.delete(k);
      if (renderStarts.size > RENDER_START_MAX_KEYS) renderStarts.clear();
    }
  };
  /** A miss: Next renders the key next. */
  const missed = (/** @type {string} */ key) => {
    noteRenderStart(key);
    return null;
  };
  const takeRenderStart = (/** @type {string} */ key) => {
    const now = Date.now();
    const started = renderStarts.get(key);
    renderStarts.delete(key);
    return started !== undefined && now - started <= RENDER_START_TTL_MS ? started : now;
  };

  return class RedisIncrementalCacheHandler {
    /** @param {{ serverDistDir?: string }} [ctx] */
    constructor(ctx = {}) {
      this.entryPrefix = `${prefix}isr:${readBuildId(ctx.serverDistDir)}:`;
    }

    /**
     * @param {string} key
     * @param {any} ctx  { kind, tags?, softTags?, ... }
     */
    async get(key, ctx) {
      // A request for a page's document reads the entry's document part only (request-kind.mjs).
      return this.read(key, ctx, documentOnly() && !dataRequestInFlight());
    }

    /**
     * @param {string} key
     * @param {any} ctx
     * @param {boolean} documentPart  read only the document part of a split page entry
     * @returns {Promise<any>}
     */
    async read(key, ctx, documentPart) {
      const redis = await connection()();
      if (!redis) return null;
      try {
        const mainKey = this.entryPrefix + key;
        const [raw, rawData] = documentPart
          ? [await redis.getBuffer(mainKey), null]
          : await redis.mgetBuffer(mainKey, mainKey + DATA_SUFFIX);
        if (!raw || raw.length === 0) return missed(key);
        let stored = unpackEntry(raw);
        if (stored.split && !documentPart) {
          if (!rawData || rawData.length === 0) return missed(key); // its data part was evicted
          stored = joinEntry(stored, unpackEntry(rawData));
        }
        const tags = tagsOf(stored.value, ctx);
        const state = tags.length ? await tagStore.read(tags) : new Map();
        if (!state) return missed(key);
        const verdict = tagVerdict(state, stored.lastModified);
        // Next shares this read with the requests for the same page that come while it runs
        // (and, when the entry is stale, while it is regenerated): a partial entry is only
        // handed over fresh and while no data request is in flight. Checked after the last await.
        if (
          stored.split &&
          documentPart &&
          (verdict === "stale" || dataRequestInFlight() || !freshForNext(stored, tags))
        )
          return this.read(key, ctx, false);
        if (verdict === "fresh") {
          if (stored.value?.kind === "APP_PAGE") this.notePage(redis, mainKey, tags, stored);
          return stored;
        }
        noteRenderStart(key); // stale: Next regenerates it in the background
        return verdict === "stale" ? markStale(stored) : null;
      } catch (error) {
        logEvent("warn", "next-cache: incremental get failed", { err: errorMessage(error) });
        return missed(key);
      }
    }

    /**
     * Tells the request guard which page entry this request got fresh, and how to ask later
     * whether it still is: it exists, and none of its tags was revalidated since it was written
     * (page-hits.mjs answers the next requests for the address from that).
     * @param {import("ioredis").default} redis
     * @param {string} mainKey
     * @param {string[]} tags
     * @param {{ lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number } }} stored
     */
    notePage(redis, mainKey, tags, stored) {
      const { lastModified } = stored;
      notePageRead(requestStore(), {
        lastModified,
        revalidate: stored.cacheControl?.revalidate,
        expire: stored.cacheControl?.expire,
        async stillFresh() {
          if (redis.status !== "ready") return false;
          try {
            const [exists, tagState] = await Promise.all([redis.exists(mainKey), tagStore.read(tags)]);
            return exists === 1 && tagState !== null && tagVerdict(tagState, lastModified) === "fresh";
          } catch {
            return false; // Redis cannot say: Next answers
          }
        },
      });
    }

    /**
     * @param {string} key
     * @param {any} data  IncrementalCacheValue | null
     * @param {any} ctx   { cacheControl?, tags?, fetchCache?, ... }
     */
    async set(key, data, ctx) {
      // The page's enforced script policy, computed once per render and kept with the entry;
      // set on the value itself, so the miss that rendered it is sent with it too.
      // Its ETag too (next.config turns Next's per-response hashing off with this handler): weak,
      // since the same entry goes out gzipped and not.
      if (data?.kind === "APP_PAGE" && typeof data.html === "string" && data.html)
        data.headers = {
          ...data.headers,
          "content-security-policy": hashedScriptCsp(data.html),
          etag: `W/"${createHash("sha256").update(data.html).digest("base64url").slice(0, 27)}"`,
        };
      const redis = await connection()();
      if (!redis) return;
      const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
      // Fetch entries keep their tags so a later get without ctx.tags still knows them.
      const value = data?.kind === "FETCH" && ctx?.tags ? { ...data, tags: ctx.tags } : data;
      const stored = { lastModified: takeRenderStart(key), value, cacheControl };
      const expire = cacheControl?.expire ?? (data?.kind === "FETCH" ? undefined : cacheControl?.revalidate);
      const ttl = ttlSeconds(expire);
      const { document, data: pageData } = splitEntry(stored);
      try {
        // One transaction: a reader's MGET sees both parts of one entry or of the other.
        const tx = redis.multi().set(this.entryPrefix + key, packEntry(document), "EX", ttl);
        if (pageData) tx.set(this.entryPrefix + key + DATA_SUFFIX, packEntry(pageData), "EX", ttl);
        else tx.del(this.entryPrefix + key + DATA_SUFFIX);
        const results = await tx.exec();
        const failed = results?.find(([e]) => e);
        if (!results || failed) throw failed?.[0] ?? new Error("transaction aborted");
      } catch (error) {
        logEvent("warn", "next-cache: incremental set failed", { err: errorMessage(error) });
      }
    }

    /**
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === "string" ? [tags] : tags;
      try {
        await tagStore.update(list, durations);
      } catch (error) {
        logEvent("error", "next-cache: revalidateTag failed", { tags: list, err: errorMessage(error) });
        throw error;
      }
    }

    // Nothing is memoised per request: each get reads Redis.
    resetRequestCache() {}
  };
}

export default createRedisIncrementalCacheHandler();

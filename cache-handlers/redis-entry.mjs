// @ts-check
/**
 * How the incremental cache handler (redis-incremental.mjs) stores an entry in Redis. Values hold
 * Buffers (rscData, route bodies), Maps (segmentData) and the page's HTML as a long string.
 * packEntry writes a small JSON skeleton followed by those Buffers and long strings as raw bytes,
 * so a hit parses a few hundred bytes of JSON and slices the rest (measured on a 330 KB entry:
 * 0.65 ms a read instead of 2.25 ms). encodeValue/decodeValue are the older all-JSON form (base64
 * inside JSON), still read by unpackEntry.
 */
import { createRequire } from "node:module";

/**
 * Encodes Buffers/Uint8Arrays and Maps into JSON-safe markers, recursively.
 * @param {unknown} value
 * @returns {unknown}
 */
export function encodeValue(value) {
  if (value instanceof Uint8Array)
    return { $bin: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeValue(k), encodeValue(v)]) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === "object") {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
export function decodeValue(value) {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === "object") {
    const record = /** @type {Record<string, unknown>} */ (value);
    if (typeof record.$bin === "string" && Object.keys(record).length === 1)
      return Buffer.from(record.$bin, "base64");
    if (Array.isArray(record.$map) && Object.keys(record).length === 1)
      return new Map(record.$map.map(([k, v]) => [decodeValue(k), decodeValue(v)]));
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(record)) out[k] = decodeValue(v);
    return out;
  }
  return value;
}

/** Margin on the revalidate window when deciding whether Next will find an entry stale. */
const STALE_MARGIN_MS = 1000;

/** @type {{ areTagsStale(t: string[], at: number): boolean; areTagsExpired(t: string[], at: number): boolean } | null} */
let nextTags = null;
try {
  // Next's own record of the tags this process revalidated, which its IncrementalCache also checks.
  nextTags = createRequire(import.meta.url)(
    "next/dist/server/lib/incremental-cache/tags-manifest.external.js",
  );
} catch {
  nextTags = null;
}

/**
 * Whether Next's IncrementalCache will take this entry as fresh (not past its revalidate or expire
 * window, no tag stale in its own manifest): the same tests as its get(), with a margin. Unknown
 * (no stored cacheControl, no manifest) counts as not fresh.
 * @param {{ lastModified: number; cacheControl?: { revalidate?: number | false; expire?: number } }} stored
 * @param {string[]} tags
 */
export function freshForNext(stored, tags) {
  const cc = stored.cacheControl;
  if (!cc || !nextTags) return false;
  const until = Date.now() + STALE_MARGIN_MS;
  if (typeof cc.revalidate === "number" && stored.lastModified + cc.revalidate * 1000 < until) return false;
  if (typeof cc.expire === "number" && stored.lastModified + cc.expire * 1000 < until) return false;
  return (
    !nextTags.areTagsStale(tags, stored.lastModified) && !nextTags.areTagsExpired(tags, stored.lastModified)
  );
}

// The first byte of a packed entry; a JSON entry starts with "{".
const PACKED = 0;
// Strings at least this long travel as bytes (the HTML, inline payloads), shorter ones in the JSON.
const LONG_STRING = 1024;

/**
 * The binary form of a stored entry: byte 0, the skeleton's length (4 bytes, big-endian), the
 * skeleton (JSON, with {$blob: i}, {$text: i} and {$map: [...]} markers), then blob i, ... .
 * @param {unknown} stored
 * @returns {Buffer}
 */
export function packEntry(stored) {
  /** @type {Buffer[]} */
  const blobs = [];
  /** @param {unknown} v @returns {unknown} */
  const skeleton = (v) => {
    if (v instanceof Uint8Array) {
      blobs.push(Buffer.from(v.buffer, v.byteOffset, v.byteLength));
      return { $blob: blobs.length - 1 };
    }
    if (typeof v === "string" && v.length >= LONG_STRING) {
      blobs.push(Buffer.from(v, "utf8"));
      return { $text: blobs.length - 1 };
    }
    if (v instanceof Map) return { $map: [...v].map(([k, x]) => [skeleton(k), skeleton(x)]) };
    if (Array.isArray(v)) return v.map(skeleton);
    if (v && typeof v === "object") {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = skeleton(x);
      return out;
    }
    return v;
  };
  const head = Buffer.from(
    JSON.stringify({ s: skeleton(stored), b: blobs.map((b) => b.byteLength) }),
    "utf8",
  );
  const prefix = Buffer.alloc(5);
  prefix[0] = PACKED;
  prefix.writeUInt32BE(head.byteLength, 1);
  return Buffer.concat([prefix, head, ...blobs]);
}

/**
 * Reads what packEntry wrote (Buffers are views of `raw`, not copies), or an entry in the older
 * JSON form (encodeValue).
 * @param {Buffer} raw
 * @returns {any}
 */
export function unpackEntry(raw) {
  if (raw[0] !== PACKED) return decodeValue(JSON.parse(raw.toString("utf8")));
  const headLength = raw.readUInt32BE(1);
  const head = JSON.parse(raw.toString("utf8", 5, 5 + headLength));
  let offset = 5 + headLength;
  const blobs = /** @type {number[]} */ (head.b).map((n) => raw.subarray(offset, (offset += n)));
  /** @param {unknown} v @returns {unknown} */
  const restore = (v) => {
    if (Array.isArray(v)) return v.map(restore);
    if (v && typeof v === "object") {
      const record = /** @type {Record<string, unknown>} */ (v);
      const keys = Object.keys(record);
      if (keys.length === 1) {
        if (typeof record.$blob === "number") return blobs[record.$blob];
        if (typeof record.$text === "number") return blobs[record.$text]?.toString("utf8");
        if (Array.isArray(record.$map)) return new Map(record.$map.map(([k, x]) => [restore(k), restore(x)]));
      }
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const k of keys) out[k] = restore(record[k]);
      return out;
    }
    return v;
  };
  return restore(head.s);
}

/**
 * A page entry in two parts: what an HTML response uses (the HTML, headers, status, postponed
 * state) and its data (rscData, segmentData), which only RSC and segment requests use and which
 * is most of its bytes. Other entries stay whole (`data` null).
 * @param {any} stored  { lastModified, value, cacheControl }
 * @returns {{ document: any; data: any | null }}
 */
export function splitEntry(stored) {
  const value = stored?.value;
  if (value?.kind !== "APP_PAGE" || (value.rscData === undefined && value.segmentData === undefined))
    return { document: stored, data: null };
  const { rscData, segmentData, ...rest } = value;
  return { document: { ...stored, value: rest, split: true }, data: { rscData, segmentData } };
}

/**
 * The entry splitEntry cut in two, whole again.
 * @param {any} document
 * @param {any} data
 */
export function joinEntry(document, data) {
  const { split: _split, ...stored } = document;
  return { ...stored, value: { ...stored.value, rscData: data?.rscData, segmentData: data?.segmentData } };
}

const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/**
 * The tags an entry answers to.
 * @param {any} data  the stored IncrementalCacheValue
 * @param {any} ctx   the get() context
 * @returns {string[]}
 */
export function tagsOf(data, ctx) {
  if (data?.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(data.tags ?? [])];
  if (RESPONSE_KINDS.has(data?.kind)) {
    const header = data.headers?.[NEXT_CACHE_TAGS_HEADER];
    if (typeof header === "string" && header) return header.split(",");
  }
  return [];
}

/**
 * Rewrites a stored entry so Next serves it as stale and regenerates it in the background:
 * moves lastModified back past its revalidate window (still inside expire, which Next keeps
 * longer than revalidate). With no revalidate window to move past, it is a miss instead.
 * @param {{ lastModified: number; value: any; cacheControl?: { revalidate?: number | false; expire?: number } }} stored
 */
export function markStale(stored) {
  const revalidate =
    stored.value?.kind === "FETCH" ? stored.value.revalidate : stored.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || revalidate <= 0) return null;
  const expire = stored.cacheControl?.expire;
  if (typeof expire === "number" && expire <= revalidate) return null;
  return { ...stored, lastModified: Math.min(stored.lastModified, Date.now() - revalidate * 1000 - 1) };
}

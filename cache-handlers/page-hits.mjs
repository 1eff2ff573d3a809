// @ts-check
/**
 * Cached pages answered before Next (issue 22, "cheaper hits"): the request guard
 * (lib/platform/http/request-guard.ts) keeps, per address, the response Next sent for a fresh
 * cache hit of a page, with its body stored once in each encoding (identity, gzip, brotli), and
 * answers the next requests for that address itself, from memory, as long as the entry it came
 * from is still fresh. A hit then costs one Redis round trip (the entry's tags and its existence)
 * and a write, instead of Next's routing, its cache read of the entry and a gzip of the page.
 *
 * How a response is recorded: the incremental cache handler (redis-incremental.mjs) notes on the
 * request's context the page entry it handed over fresh (its key, tags, time and revalidate
 * window) and a check that tells, later, whether that entry still is fresh. When Next answers
 * that request 200 with `x-nextjs-cache: HIT`, HTML and no Set-Cookie, the guard keeps the
 * headers and the body (decoded when Next compressed it), compresses it once both ways, off the
 * event loop, and stores the record.
 *
 * When it is served: GET or HEAD for a page's document (request-kind.mjs wantsDocument), no
 * session cookie (the jobs rewrite and the proxy's per-person sections look at it; signed-in
 * visitors always go to Next), no draft-mode cookie and no revalidation header; the record is
 * younger than its entry's revalidate window, no tag of the entry was revalidated since the entry
 * was written, and the entry is still in Redis (a flushed or evicted store is a miss here too).
 * Those checks read Redis on every hit, as the handler does, so a revalidation on any instance is
 * seen by the next request on every instance. Anything else, a Redis error included, goes to Next.
 *
 * Memory: at most MAX_BYTES of bodies in all (least recently used first out), none larger than
 * MAX_BODY; addresses are the raw request targets, so query variants each take a slot.
 *
 * The state lives on globalThis, as in request-kind.mjs: the guard and the handler load two
 * copies of this module.
 */
import { chooseEncoding, encodings } from "./page-hits-encoding.mjs";
export { chooseEncoding } from "./page-hits-encoding.mjs";

const MAX_BYTES = 64 * 1024 * 1024;
const MAX_BODY = 4 * 1024 * 1024;
/** Headers of the recorded response that are not replayed as they were. */
const HOP_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "vary",
]);
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token|(?:^|;)\s*__prerender_bypass=/;

/**
 * @typedef {{ lastModified: number; revalidate: number | false | undefined; expire: number | undefined;
 *   stillFresh: () => Promise<boolean> }} PageRead
 * @typedef {{ headers: (string)[][]; identity: Buffer; gzip: Buffer; br: Buffer; etag: string | undefined;
 *   freshUntil: number; stillFresh: () => Promise<boolean>; bytes: number }} PageHit
 * @typedef {{ records: Map<string, PageHit>; bytes: number; served: number; recorded: number }} State
 */
const KEY = Symbol.for("pydotorg.pageHits");
const state = /** @type {State} */ (
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] ??= {
    records: new Map(),
    bytes: 0,
    served: 0,
    recorded: 0,
  }
);

/**
 * @typedef {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} RequestLike
 */

/**
 * Whether this request may be answered from (or recorded into) the page hits: a document request
 * without a session, draft-mode or revalidation marker. `wantsDocument` is request-kind.mjs's.
 * @param {RequestLike} req
 * @param {(req: RequestLike) => boolean} wantsDocument
 */
export function eligible(req, wantsDocument) {
  if (!wantsDocument(req)) return false;
  const h = req.headers;
  if (h["x-prerender-revalidate"] !== undefined || h["x-middleware-subrequest"] !== undefined) return false;
  const cookie = h.cookie;
  return !(typeof cookie === "string" && SESSION_COOKIE.test(cookie));
}

/**
 * The handler's note that it handed this request a fresh page entry (redis-incremental.mjs).
 * `store` is the request's context from request-kind.mjs.
 * @param {Record<string, unknown> | undefined} store
 * @param {PageRead} read
 */
export function notePageRead(store, read) {
  if (store) store.pageRead = read;
}

/** @param {string} url */
export function recordFor(url) {
  const hit = state.records.get(url);
  if (!hit) return null;
  state.records.delete(url);
  if (Date.now() >= hit.freshUntil) {
    state.bytes -= hit.bytes;
    return null;
  }
  state.records.set(url, hit); // the most recently used, last out
  return hit;
}

/** @param {string} url */
export function forget(url) {
  const hit = state.records.get(url);
  if (!hit) return;
  state.records.delete(url);
  state.bytes -= hit.bytes;
}

/**
 * Answers a request from a record (after `hit.stillFresh()` said yes).
 * @param {PageHit} hit
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function send(hit, req, res) {
  state.served += 1;
  const condition = req.headers["if-none-match"];
  if (hit.etag && condition && matchesEtag(condition, hit.etag)) {
    res.writeHead(304, hit.headers.flat());
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = hit[encoding];
  /** @type {string[]} */
  const headers = hit.headers.flat();
  if (encoding !== "identity") headers.push("content-encoding", encoding);
  headers.push("content-length", String(body.length));
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** @param {string} condition @param {string} etag */
function matchesEtag(condition, etag) {
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  return condition.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * Watches the response Next sends for `req` and records it when it is a fresh page hit.
 * `store` is the request's context, where the handler notes its read.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Record<string, unknown>} store
 */
export function watch(req, res, store) {
  if (req.method !== "GET") return;
  const url = req.url ?? "/";
  /** @type {Buffer[]} */
  let chunks = [];
  let size = 0;
  let keep = true;
  const write = res.write;
  const end = res.end;
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
        : Buffer.from(/** @type {Uint8Array} */ (chunk));
    size += buffer.length;
    if (size > MAX_BODY) {
      keep = false;
      chunks = [];
    } else chunks.push(buffer);
  };
  res.write = /** @type {typeof res.write} */ (
    function recordingWrite(/** @type {any[]} */ ...args) {
      collect(args[0], args[1]);
      return write.apply(res, /** @type {any} */ (args));
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function recordingEnd(/** @type {any[]} */ ...args) {
      collect(args[0], args[1]);
      const read = /** @type {PageRead | undefined} */ (store.pageRead);
      if (keep && read && recordable(res)) void record(url, res, Buffer.concat(chunks), read);
      chunks = [];
      return end.apply(res, /** @type {any} */ (args));
    }
  );
}

/** @param {import("node:http").ServerResponse} res */
function recordable(res) {
  return (
    res.statusCode === 200 &&
    res.getHeader("x-nextjs-cache") === "HIT" &&
    String(res.getHeader("content-type") ?? "").startsWith("text/html") &&
    !res.hasHeader("set-cookie")
  );
}

/**
 * @param {string} url
 * @param {import("node:http").ServerResponse} res
 * @param {Buffer} sent
 * @param {PageRead} read
 */
async function record(url, res, sent, read) {
  try {
    const bodies = await encodings(sent, String(res.getHeader("content-encoding") ?? "identity"), MAX_BODY);
    if (!bodies) return;
    const { identity, gzip: gz, br } = bodies;
    /** @type {string[][]} */
    const headers = [];
    let vary = "";
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined) continue;
      if (name === "vary") vary = String(value);
      else if (!HOP_HEADERS.has(name))
        for (const v of Array.isArray(value) ? value : [String(value)]) headers.push([name, v]);
    }
    headers.push([
      "vary",
      /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding",
    ]);
    const seconds = [read.revalidate, read.expire].filter((s) => typeof s === "number" && s > 0);
    const windowMs = seconds.length ? Math.min(.../** @type {number[]} */ (seconds)) * 1000 : Infinity;
    const etag = res.getHeader("etag");
    /** @type {PageHit} */
    const hit = {
      headers,
      identity,
      gzip: gz,
      br,
      etag: typeof etag === "string" ? etag : undefined,
      freshUntil: read.lastModified + windowMs,
      stillFresh: read.stillFresh,
      bytes: identity.length + gz.length + br.length,
    };
    if (Date.now() >= hit.freshUntil) return;
    forget(url);
    state.records.set(url, hit);
    state.bytes += hit.bytes;
    state.recorded += 1;
    for (const [oldest] of state.records) {
      if (state.bytes <= MAX_BYTES) break;
      forget(oldest);
    }
  } catch {
    // A body that does not decode is simply not recorded: Next keeps answering that address.
  }
}

/** Counters and sizes, for tests and the bench. */
export function pageHitStats() {
  return { records: state.records.size, bytes: state.bytes, served: state.served, recorded: state.recorded };
}

/** Drops every record and zeroes the counters (tests). */
export function clearPageHits() {
  state.records.clear();
  state.bytes = 0;
  state.served = 0;
  state.recorded = 0;
}

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
 * event loop, and stores the record (page-hits-record.mjs).
 *
 * API answers the same way, where the route offers one (REPLAY_HEADER, lib/api/replay.ts: only
 * the anonymous release list today): the 'use cache' handler (redis-use-cache.mjs) notes each
 * data entry it hands the request, and the answer is recorded only when every one was fresh. Each
 * replayed answer is counted against the caller's anonymous rate limit by the gate lib/api
 * registers (setReplayGate) and carries a request id of its own; a caller over its limit goes to
 * the route, which answers 429.
 *
 * When it is served: GET or HEAD for a page's document (request-kind.mjs wantsDocument), no
 * session cookie (the jobs rewrite and the proxy's per-person sections look at it; signed-in
 * visitors always go to Next), no Authorization header, no draft-mode cookie and no
 * revalidation header; the record is
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
import { randomUUID } from "node:crypto";
import { chooseEncoding } from "./page-hits-encoding.mjs";
export { chooseEncoding } from "./page-hits-encoding.mjs";

const MAX_BYTES = 64 * 1024 * 1024;
/** The largest body recorded (decoded). */
export const MAX_BODY = 4 * 1024 * 1024;
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token|(?:^|;)\s*__prerender_bypass=/;

/**
 * @typedef {{ lastModified: number; revalidate: number | false | undefined; expire: number | undefined;
 *   stillFresh: () => Promise<boolean> }} PageRead  what a cache handler notes of an entry it handed over
 * @typedef {{ freshUntil: number; stillFresh: () => Promise<boolean> }} Read
 * @typedef {(limit: string, req: import("node:http").IncomingMessage) => Promise<boolean>} Gate
 * @typedef {{ headers: (string)[][]; identity: Buffer; gzip: Buffer; br: Buffer; etag: string | undefined;
 *   freshUntil: number; stillFresh: () => Promise<boolean>; bytes: number; limit: string | null }} PageHit
 * @typedef {{ records: Map<string, PageHit>; bytes: number; served: number; recorded: number;
 *   gate: Gate | null }} State
 */
const KEY = Symbol.for("pydotorg.pageHits");
const state = /** @type {State} */ (
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] ??= {
    records: new Map(),
    bytes: 0,
    served: 0,
    recorded: 0,
    gate: null,
  }
);

/** The response header by which an API route offers its answer for recording (lib/api/replay.ts). */
export const REPLAY_HEADER = "x-pydotorg-replay";
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

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
  if (h.authorization !== undefined) return false;
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
  if (store) store.pageRead = asRead(read);
}

/**
 * The 'use cache' handler's note of a data entry it handed this request fresh
 * (redis-use-cache.mjs); an API answer is recorded only when every data read was such a one.
 * @param {Record<string, unknown> | undefined} store
 * @param {PageRead | null} read  null: a miss or a stale entry (the answer holds data of unknown age)
 */
export function noteDataRead(store, read) {
  if (!store) return;
  if (!read) store.dataMiss = true;
  else (store.dataReads ??= /** @type {Read[]} */ ([])).push(asRead(read));
}

/** @param {PageRead} read @returns {Read} */
function asRead(read) {
  const seconds = [read.revalidate, read.expire].filter((s) => typeof s === "number" && s > 0);
  const windowMs = seconds.length ? Math.min(.../** @type {number[]} */ (seconds)) * 1000 : Infinity;
  return { freshUntil: read.lastModified + windowMs, stillFresh: read.stillFresh };
}

/**
 * How API answers are counted against the caller's rate limit when the guard sends them
 * (lib/api/replay.ts registers it): resolves false when the caller is over its limit.
 * @param {Gate} gate
 */
export function setReplayGate(gate) {
  state.gate = gate;
}

/**
 * Whether a record may answer this request: "serve", "stale" (forget it, ask Next) or "refused"
 * (the caller is over its rate limit: Next answers, with its 429).
 * @param {PageHit} hit
 * @param {import("node:http").IncomingMessage} req
 * @returns {Promise<"serve" | "stale" | "refused">}
 */
export async function admit(hit, req) {
  if (!(await hit.stillFresh())) return "stale";
  if (hit.limit === null) return "serve";
  return state.gate && (await state.gate(hit.limit, req)) ? "serve" : "refused";
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
  if (hit.limit !== null) {
    // API answers carry the request's id, as lib/api does (lib/platform/log.ts getRequestId).
    const id = req.headers["x-request-id"];
    headers.push("x-request-id", typeof id === "string" && SANE_REQUEST_ID.test(id) ? id : randomUUID());
  }
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
 * Stores a record for `url` (page-hits-record.mjs), unless it is already past its window; the
 * least recently used go first while the bodies take more than MAX_BYTES.
 * @param {string} url
 * @param {PageHit} hit
 */
export function keep(url, hit) {
  if (Date.now() >= hit.freshUntil) return;
  forget(url);
  state.records.set(url, hit);
  state.bytes += hit.bytes;
  state.recorded += 1;
  for (const [oldest] of state.records) {
    if (state.bytes <= MAX_BYTES) break;
    forget(oldest);
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

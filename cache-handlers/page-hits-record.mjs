// @ts-check
/**
 * How the request guard records a response for page-hits.mjs: it watches what Next writes for a
 * request, and when the response is a fresh page hit (or an API answer its route offered, built
 * from fresh 'use cache' data) keeps its headers and its body in each encoding.
 */
import { encodings } from "./page-hits-encoding.mjs";
import { keep as store, MAX_BODY, REPLAY_HEADER } from "./page-hits.mjs";

/**
 * @typedef {import("./page-hits.mjs").Read} Read
 * @typedef {import("./page-hits.mjs").PageHit} PageHit
 */

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
  // Decided at the first chunk: only a 200 whose page read the handler noted, or that its route
  // offered, is copied (static files, renders and errors are never buffered).
  /** @type {boolean | null} */
  let keep = null;
  const mayRecord = () =>
    res.statusCode === 200 &&
    !res.hasHeader("set-cookie") &&
    (store.pageRead !== undefined || limit !== null || res.hasHeader(REPLAY_HEADER));
  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  /** @type {string | null} */
  let limit = null;
  // Headers given to writeHead itself are set first, so the record sees them; an API route's
  // offer (REPLAY_HEADER) is read and never sent.
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function offerReadingWriteHead(/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      const given = typeof rest[0] === "string" ? rest[1] : rest[0];
      if (given && typeof given === "object") {
        if (!res.headersSent) setAll(res, given);
        rest = typeof rest[0] === "string" ? [rest[0]] : [];
      }
      const offer = res.getHeader(REPLAY_HEADER);
      if (offer !== undefined) {
        limit = String(offer);
        res.removeHeader(REPLAY_HEADER);
      }
      return writeHead.call(res, status, .../** @type {[]} */ (rest));
    }
  );
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (keep === false || chunk === undefined || chunk === null || typeof chunk === "function") return;
    keep ??= mayRecord();
    if (!keep) return;
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
      const read = keep === true ? recordableRead(res, store, limit) : null;
      if (read) void record(url, res, Buffer.concat(chunks), read, limit);
      chunks = [];
      return end.apply(res, /** @type {any} */ (args));
    }
  );
}

/**
 * writeHead's headers (an object, a flat list or a list of pairs) set on the response.
 * @param {import("node:http").ServerResponse} res
 * @param {any} given
 */
function setAll(res, given) {
  if (!Array.isArray(given)) {
    for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    return;
  }
  const pairs = Array.isArray(given[0]) ? given : given.flatMap((v, i) => (i % 2 ? [] : [[v, given[i + 1]]]));
  /** @type {Map<string, string[]>} */
  const byName = new Map();
  for (const [name, value] of pairs) {
    const key = String(name).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), String(value)]);
  }
  for (const [name, values] of byName) res.setHeader(name, values.length === 1 ? values[0] : values);
}

/**
 * The read a response may be recorded under: a page's fresh hit, or an API answer its route
 * offered whose data all came fresh from 'use cache' entries; else null.
 * @param {import("node:http").ServerResponse} res
 * @param {Record<string, unknown>} store
 * @param {string | null} limit
 * @returns {Read | null}
 */
function recordableRead(res, store, limit) {
  if (res.statusCode !== 200 || res.hasHeader("set-cookie")) return null;
  const type = String(res.getHeader("content-type") ?? "");
  if (limit === null) {
    const read = /** @type {Read | undefined} */ (store.pageRead);
    return read && res.getHeader("x-nextjs-cache") === "HIT" && type.startsWith("text/html") ? read : null;
  }
  const reads = /** @type {Read[] | undefined} */ (store.dataReads);
  if (!reads?.length || store.dataMiss || !type.startsWith("application/json")) return null;
  return {
    freshUntil: Math.min(...reads.map((r) => r.freshUntil)),
    stillFresh: async () => (await Promise.all(reads.map((r) => r.stillFresh()))).every(Boolean),
  };
}

/**
 * @param {string} url
 * @param {import("node:http").ServerResponse} res
 * @param {Buffer} sent
 * @param {Read} read
 * @param {string | null} limit
 */
async function record(url, res, sent, read, limit) {
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
      else if (!HOP_HEADERS.has(name) && !(limit !== null && name === "x-request-id"))
        for (const v of Array.isArray(value) ? value : [String(value)]) headers.push([name, v]);
    }
    headers.push([
      "vary",
      /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding",
    ]);
    const etag = res.getHeader("etag");
    /** @type {PageHit} */
    const hit = {
      headers,
      identity,
      gzip: gz,
      br,
      etag: typeof etag === "string" ? etag : undefined,
      freshUntil: read.freshUntil,
      stillFresh: read.stillFresh,
      limit,
      bytes: identity.length + gz.length + br.length,
    };
    store(url, hit);
  } catch {
    // A body that does not decode is simply not recorded: Next keeps answering that address.
  }
}

// @ts-check
/**
 * The encodings of a recorded page hit (page-hits.mjs): which one a request gets, and the body in
 * each, computed once per record, off the event loop (zlib's thread pool).
 */
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
/** @type {Record<string, (b: Buffer) => Promise<Buffer>>} */
const decoders = {
  gzip: promisify(zlib.gunzip),
  br: promisify(zlib.brotliDecompress),
  deflate: promisify(zlib.inflate),
};

const ACCEPTS = {
  br: /(?:^|,)\s*br\s*(?:;\s*q\s*=\s*([\d.]+))?\s*(?=,|$)/i,
  gzip: /(?:^|,)\s*(?:x-)?gzip\s*(?:;\s*q\s*=\s*([\d.]+))?\s*(?=,|$)/i,
};
/** @param {string} header @param {RegExp} pattern */
const accepts = (header, pattern) => {
  const m = pattern.exec(header);
  return m !== null && (m[1] === undefined || Number(m[1]) > 0);
};

/**
 * The encoding to send for an Accept-Encoding header: brotli, then gzip, else identity.
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(header) {
  if (!header) return "identity";
  const value = Array.isArray(header) ? header.join(",") : header;
  if (accepts(value, ACCEPTS.br)) return "br";
  if (accepts(value, ACCEPTS.gzip)) return "gzip";
  return "identity";
}

/**
 * The body Next sent (in `contentEncoding`) in all three encodings: decoded when Next compressed
 * it, then gzip (level 9) and brotli (quality 9), reusing Next's own bytes for its encoding.
 * Null for an unknown encoding, an empty body or one over `maxBytes` decoded.
 * @param {Buffer} sent
 * @param {string} contentEncoding
 * @param {number} maxBytes
 * @returns {Promise<{ identity: Buffer; gzip: Buffer; br: Buffer } | null>}
 */
export async function encodings(sent, contentEncoding, maxBytes) {
  const encoding = contentEncoding.toLowerCase();
  const decode = decoders[encoding];
  if (encoding !== "identity" && !decode) return null;
  const identity = decode ? await decode(sent) : sent;
  if (identity.length === 0 || identity.length > maxBytes) return null;
  const [gz, br] = await Promise.all([
    encoding === "gzip" ? sent : gzip(identity, { level: 9 }),
    encoding === "br"
      ? sent
      : brotli(identity, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
  ]);
  return { identity, gzip: gz, br };
}

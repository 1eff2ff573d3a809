import { createHash } from "node:crypto";

/** Python's urllib.parse.urlencode (quote_plus): only letters, digits and `_.-~` stay, spaces are `+`. */
export function pythonUrlencode(query: [string, string | number][]): string {
  const q = (v: string) =>
    encodeURIComponent(v)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, "+");
  return query.map(([k, v]) => `${q(k)}=${q(String(v))}`).join("&");
}

/** X-API-Signature: sha1(secret + timestamp + METHOD + uri?query + body), hex. */
export function voucherSignature(
  secret: string,
  timestamp: number,
  method: string,
  uriWithQuery: string,
  body = "",
) {
  return createHash("sha1")
    .update(`${secret}${timestamp}${method.toUpperCase()}${uriWithQuery}${body}`, "utf8")
    .digest("hex");
}

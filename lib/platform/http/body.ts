/**
 * Checks on request bodies shared by the API adapter (lib/api), the server-action wrapper
 * (lib/actions) and the next-auth route: what a body may hold before it reaches the database.
 */

/** JSON and forms are read as UTF-8: a body that declares another charset is refused (415). */
export function isUtf8ContentType(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

/** True when any string (or object key) in a parsed JSON value or form value holds a NUL byte. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes("\0") || containsNul(v, depth + 1));
}

export type BodyRefusal = {
  status: 400 | 415;
  code: "bad_request" | "unsupported_media_type";
  message: string;
};

/**
 * For handlers that hand the body to a library (next-auth): refuses a JSON or form body that
 * declares a charset other than UTF-8, JSON that does not parse, and NUL bytes, before the
 * library reads it (it answers 500 on a truncated JSON body). Reads a clone; the request is untouched.
 */
export async function screenBody(req: Request): Promise<BodyRefusal | null> {
  if (req.method === "GET" || req.method === "HEAD") return null;
  const type = req.headers.get("content-type") ?? "";
  const json = type.includes("application/json");
  const form = type.includes("application/x-www-form-urlencoded");
  if (!json && !form) return null;
  if (!isUtf8ContentType(type))
    return { status: 415, code: "unsupported_media_type", message: "Send the body as UTF-8." };
  const text = await req.clone().text();
  let value: unknown;
  if (json) {
    try {
      value = text ? JSON.parse(text) : {};
    } catch {
      return { status: 400, code: "bad_request", message: "The body is not valid JSON." };
    }
  } else value = [...new URLSearchParams(text)];
  return containsNul(value)
    ? { status: 400, code: "bad_request", message: "The body contains a NUL byte." }
    : null;
}

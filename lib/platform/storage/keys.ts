import { randomBytes } from "node:crypto";
import type { Storage } from "./types";

export const MAX_KEY_LENGTH = 400; // pages_image.image and pages_documentfile.document are varchar(400)

// Characters a key segment may hold. Legacy python.org media keys keep their case, so keys are
// not lowercased here; new upload names go through safeFileName, which is lowercase ASCII.
const SEGMENT = /^[A-Za-z0-9_~+@()-][A-Za-z0-9._~+@() -]*$/;

/**
 * Normalises a storage key: backslashes become slashes, empty, `.` and `..` segments are
 * dropped (a key can never climb out of the storage root), no leading slash. Returns null for
 * a key that cannot be stored safely: NUL or control characters, a segment starting with a dot
 * (hidden files and the local backend's metadata folder), characters outside the allowed set,
 * an empty result or one longer than MAX_KEY_LENGTH.
 */
export function normalizeKey(input: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(input)) return null;
  const parts = input
    .replace(/\\/g, "/")
    .split("/")
    .filter((p) => p !== "" && p !== "." && p !== "..");
  if (parts.length === 0) return null;
  if (!parts.every((p) => SEGMENT.test(p) && !p.endsWith(" "))) return null;
  const key = parts.join("/");
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

/** normalizeKey, throwing for an unusable key (backends call it on every operation). */
export function requireKey(input: string): string {
  const key = normalizeKey(input);
  if (key === null || key !== input) throw new Error(`Invalid storage key: ${JSON.stringify(input)}`);
  return key;
}

/**
 * A file name safe as the last key segment: the base name of what the browser sent, lowercase
 * ASCII letters, digits, `.`, `_` and `-`, at most 100 characters, the extension kept.
 */
export function safeFileName(name: string): string {
  const base = name.replace(/\\/g, "/").split("/").pop() ?? "";
  const ascii = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/-{2,}/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "");
  const dot = ascii.lastIndexOf(".");
  const stem = (dot > 0 ? ascii.slice(0, dot) : ascii).replace(/[-._]+$/, "") || "file";
  const ext = dot > 0 ? ascii.slice(dot + 1, dot + 11) : "";
  const room = 100 - (ext ? ext.length + 1 : 0);
  return ext ? `${stem.slice(0, room)}.${ext}` : stem.slice(0, room);
}

/** Joins key parts (each normalised) with slashes; null when the result is not a valid key. */
export function joinKey(...parts: string[]): string | null {
  return normalizeKey(parts.join("/"));
}

/** The key with a short random suffix before its extension: `a/b.png` → `a/b-k3x9q2.png`. */
export function withSuffix(key: string): string {
  const suffix = randomBytes(4).readUInt32BE(0).toString(36).padStart(6, "0").slice(-6);
  const slash = key.lastIndexOf("/");
  const dot = key.lastIndexOf(".");
  if (dot > slash + 1) return `${key.slice(0, dot)}-${suffix}${key.slice(dot)}`;
  return `${key}-${suffix}`;
}

/**
 * The key itself when nothing is stored there, else the key with a random suffix (Django's
 * storage does the same with `get_available_name`). Two uploads racing for one name can still
 * both see it free; callers that must never overwrite put under the returned key promptly.
 */
export async function availableKey(store: Pick<Storage, "exists">, key: string): Promise<string> {
  if (!(await store.exists(key))) return key;
  for (let i = 0; i < 5; i++) {
    const candidate = withSuffix(key);
    if (!(await store.exists(candidate))) return candidate;
  }
  throw new Error(`No free storage key near ${key}`);
}

/** Percent-encodes each segment of a key for use in a URL path. */
export function encodeKey(key: string): string {
  return key.split("/").map(encodeURIComponent).join("/");
}

/**
 * pydotorg/views.py MediaMigrationView: the media path of a legacy `/m/<path>/` URL with
 * traversal stripped (PurePosixPath, leading slashes dropped, `.` and `..` segments removed).
 * Backslashes count as separators too, and a path with NUL or control characters, or nothing
 * left, gives null (404).
 */
export function legacyMediaPath(input: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(input)) return null;
  const parts = input
    .replace(/\\/g, "/")
    .split("/")
    .filter((p) => p !== "" && p !== "." && p !== "..");
  return parts.length ? parts.join("/") : null;
}

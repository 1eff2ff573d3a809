/**
 * What a stored file is served as (AC-FILE-1). Only types a browser cannot run are served
 * inline; HTML, SVG, XML, scripts and anything unknown go out as application/octet-stream with
 * Content-Disposition: attachment, so a user upload never executes on our origin. The type comes
 * from what was stored at upload time (itself checked against the bytes), never from the request.
 */
const INLINE = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/avif",
  "application/pdf",
  "text/plain",
  "text/csv",
]);

// Harmless types kept as they are but always downloaded.
const DOWNLOAD = new Set([
  "application/zip",
  "application/gzip",
  "application/x-tar",
  "application/x-bzip2",
  "application/x-xz",
  "application/json",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
]);

export const BY_EXTENSION: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  zip: "application/zip",
  gz: "application/gzip",
  tgz: "application/gzip",
  tar: "application/x-tar",
  bz2: "application/x-bzip2",
  xz: "application/x-xz",
  json: "application/json",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};

/** The content type a file name's extension stands for, or application/octet-stream. */
export function contentTypeForName(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
  return BY_EXTENSION[ext] ?? "application/octet-stream";
}

function baseType(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}

/** The Content-Type and Content-Disposition to serve a stored object with. */
export function servedHeaders(storedType: string, key: string): { contentType: string; disposition: string } {
  const type = baseType(storedType);
  const name = key.split("/").pop() ?? "file";
  // RFC 6266: an ASCII fallback plus the UTF-8 form; keys are ASCII-safe already (keys.ts).
  const filename = `filename="${name.replace(/["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  if (INLINE.has(type)) {
    const contentType = type.startsWith("text/") ? `${type}; charset=utf-8` : type;
    return { contentType, disposition: `inline; ${filename}` };
  }
  if (DOWNLOAD.has(type)) return { contentType: type, disposition: `attachment; ${filename}` };
  return { contentType: "application/octet-stream", disposition: `attachment; ${filename}` };
}

/**
 * The type the first bytes show, for the formats uploads accept (magic numbers); null when none
 * matches. Text has no magic: callers accept text/plain only for bytes that hold no NUL and no
 * markup opener (`looksLikeText`).
 */
export function sniffContentType(bytes: Uint8Array): string | null {
  const b = bytes;
  const at = (offset: number, ...sig: number[]) => sig.every((v, i) => b[offset + i] === v);
  const starts = (...sig: number[]) => at(0, ...sig);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) return "image/gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50)
    return "image/webp";
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf";
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "application/zip";
  if (starts(0x1f, 0x8b)) return "application/gzip";
  if (starts(0x42, 0x5a, 0x68)) return "application/x-bzip2";
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return "application/x-xz";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "application/x-ole-storage";
  if (at(257, 0x75, 0x73, 0x74, 0x61, 0x72)) return "application/x-tar"; // "ustar"
  return null;
}

/** True for bytes that read as text and would not be taken for HTML or SVG by a sniffing browser. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head).trimStart().toLowerCase();
  return !/^(<!doctype|<html|<head|<body|<script|<svg|<\?xml|<iframe|<!--)/.test(text);
}

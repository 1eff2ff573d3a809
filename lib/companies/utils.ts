import { LOGO_MAX_BYTES, LOGO_PREFIX, LOGO_TYPES } from "./constants";


/**
 * An address cut where the obfuscation puts its spans: the mailbox's and the domain's
 * dot-separated parts. The domain starts after the last "@" (a quoted mailbox may hold one);
 * without an "@" the whole value is the mailbox.
 */
export function emailParts(value: string): { mailbox: string[]; domain: string[] | null } {
  const at = value.lastIndexOf("@");
  if (at < 0) return { mailbox: value.split("."), domain: null };
  return { mailbox: value.slice(0, at).split("."), domain: value.slice(at + 1).split(".") };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!,
  );

/**
 * apps/companies/templatetags/companies.py render_email: `a.b@c.d` as
 * `a<span>.</span>b<span>@</span>c<span>.</span>d`, each part HTML-escaped, so address
 * harvesters reading the markup find no address. Empty gives null (nothing to show).
 */
export function renderEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  const { mailbox, domain } = emailParts(value);
  const join = (parts: string[]) => parts.map(escapeHtml).join("<span>.</span>");
  return domain ? `${join(mailbox)}<span>@</span>${join(domain)}` : join(mailbox);
}

/**
 * A logo's bytes checked as an image we serve: its type from the bytes' magic number (never
 * the browser's word), one of LOGO_TYPES, at most LOGO_MAX_BYTES. Returns the error to show, or
 * the type and the file extension it is stored under.
 */
export function checkLogo(
  bytes: Uint8Array,
  sniffed: string | null,
): { ok: true; contentType: string; ext: string } | { ok: false; error: string } {
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, error: "The logo may be at most 2 MB." };
  const ext = sniffed ? LOGO_TYPES[sniffed] : undefined;
  if (!sniffed || !ext)
    return { ok: false, error: "Upload a PNG, JPEG, GIF or WebP image (SVG is not accepted)." };
  return { ok: true, contentType: sniffed, ext };
}

/**
 * The storage key a logo is wanted under: companies/logos/<the uploaded name's stem>.<the
 * type's extension>, short enough for companies_company.logo (varchar 100) once a collision
 * suffix is added.
 */
export function logoKey(fileName: string, ext: string): string {
  const stem =
    fileName
      .replace(/\\/g, "/")
      .split("/")
      .pop()!
      .replace(/\.[^.]*$/, "")
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "logo";
  return `${LOGO_PREFIX}/${stem}.${ext}`;
}

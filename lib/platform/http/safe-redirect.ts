/** Where sign-in may send people afterwards: same-origin only (AC-REDIR-1). */

/**
 * A `callbackUrl`/`next` value as a same-origin path (AC-REDIR-1), or "/". Parsed the way a
 * browser will (which drops tabs and newlines, so "/\t/evil.example" is "//evil.example"), and
 * returned in that normalised form, so what was checked is what the browser follows.
 */
export function sameOriginPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/")) return "/";
  const base = "http://same-origin.invalid";
  try {
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

/** Same-origin paths only (AC-REDIR-1): anything else falls back to the home page. */
export function safeRedirect(url: string, baseUrl: string): string {
  try {
    if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) {
      const resolved = new URL(url, baseUrl);
      if (resolved.origin === new URL(baseUrl).origin) return resolved.toString();
    }
    const absolute = new URL(url);
    if (absolute.origin === new URL(baseUrl).origin) return absolute.toString();
  } catch {
    // not a URL: fall through
  }
  return baseUrl;
}

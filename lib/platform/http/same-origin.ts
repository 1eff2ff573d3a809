/**
 * Whether a form or fetch POST to a route handler came from our own pages (AC-CSRF-1 for route
 * handlers; server actions get Next's own check): the Origin's host is the Host the request came
 * to, or, without an Origin, the browser did not call it cross-site.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return headers.get("sec-fetch-site") !== "cross-site";
  return URL.canParse(origin) && new URL(origin).host === headers.get("host");
}

/**
 * Next 16 proxy (formerly middleware): CDN headers only, never authorization (STYLE.md /
 * DESIGN.md: auth lives in route handlers, server actions and the data layer).
 *
 * - GET/HEAD responses get `Surrogate-Key: pydotorg-app <first-segment> [section keys]`
 *   (pydotorg/middleware.py GlobalSurrogateKey), so publishes purge them by key.
 * - /admin and /accounts responses, and any response to a signed-in visitor, get
 *   `Cache-Control: private, no-store` and no surrogate key (AdminNoCaching): the CDN must never
 *   store a page rendered for one person. Checking that a session cookie exists is cache hygiene,
 *   not an auth decision.
 * - Pages rendered per person (/admin, /accounts, /users) get an enforced CSP with a fresh nonce,
 *   passed to Next on the request so its scripts carry it; public pages get the strict script
 *   policy as Report-Only (lib/csp.ts explains why).
 * - `x-middleware-subrequest` is stripped before the request reaches the app (CVE-2025-29927
 *   hardening). Patched Next already ignores it from outside; the front proxy (nginx/Fastly)
 *   should drop it too.
 */
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_CACHE_CONTROL, sectionKeysFor, surrogateKeysFor } from "@/lib/cdn";
import { createNonce, nonceCsp, PUBLIC_CSP_REPORT_ONLY } from "@/lib/csp";
import { env } from "@/lib/env";

const PRIVATE_PREFIXES = ["/admin", "/accounts"];
// Rendered per request (the (account) route group and the admin): safe to give a nonce.
const NONCE_PREFIXES = ["/admin", "/accounts", "/users"];
// next-auth v4 session cookies (large sessions are chunked as `.0`, `.1`, ...).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const under = (prefixes: string[], pathname: string) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

function hasSession(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((c) => name === c || name.startsWith(`${c}.`)));
}

/**
 * python.org page URLs end in a slash. Next's own trailing-slash redirect is off
 * (skipTrailingSlashRedirect) so API paths answer without a hop; pages get it here. Paths whose
 * last segment has a dot (feed.rss, python3.13) are left alone.
 */
function withTrailingSlash(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname.endsWith("/") || !["GET", "HEAD"].includes(request.method)) return null;
  if (pathname.slice(pathname.lastIndexOf("/") + 1).includes(".")) return null;
  // A plain URL: NextURL would re-apply its own trailing-slash formatting. Leading slashes are
  // collapsed so "//host" can never become a redirect to another origin (AC-REDIR-1).
  const target = new URL(`${pathname.replace(/^\/+/, "/")}/${search}`, request.url);
  return target.origin === new URL(request.url).origin ? NextResponse.redirect(target, 308) : null;
}

export function proxy(request: NextRequest) {
  const redirect = withTrailingSlash(request);
  if (redirect) return redirect;
  const { pathname } = request.nextUrl;
  const csp = under(NONCE_PREFIXES, pathname)
    ? nonceCsp(createNonce(), env.NODE_ENV === "development")
    : null;
  let response: NextResponse;
  if (request.headers.has("x-middleware-subrequest") || csp) {
    const headers = new Headers(request.headers);
    headers.delete("x-middleware-subrequest");
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    if (csp) headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
  }
  if (csp) response.headers.set("Content-Security-Policy", csp);
  else response.headers.set("Content-Security-Policy-Report-Only", PUBLIC_CSP_REPORT_ONLY);

  if (under(PRIVATE_PREFIXES, pathname) || hasSession(request)) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  } else if (request.method === "GET" || request.method === "HEAD") {
    response.headers.set("Surrogate-Key", surrogateKeysFor(pathname, sectionKeysFor(pathname)).join(" "));
  }
  return response;
}

export const config = {
  // Pages only: no build assets, image optimizer, icons or API (API handlers set their own
  // headers with cdnHeaders()). Server actions POST to page paths and pass through untouched.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)"],
};

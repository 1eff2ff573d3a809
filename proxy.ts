/**
 * Next 16 proxy (formerly middleware): headers for pages rendered per person, and the trailing
 * slash of page URLs; never authorization (STYLE.md / DESIGN.md: auth lives in route handlers,
 * server actions and the data layer).
 *
 * It runs only where it is needed (config.matcher): running it costs cached public pages half
 * their throughput (docs/benchmarks.md), so their CDN keys and Report-Only CSP come from
 * next.config.mjs instead. Those pages cannot differ per visitor (ISR renders them without the
 * request), and dynamic pages already answer `Cache-Control: private, no-store` from Next.
 *
 * - /admin, /accounts and /users get an enforced CSP with a fresh nonce, passed to Next on the
 *   request so its scripts carry it (lib/platform/cdn/csp.mjs explains why).
 * - /admin and /accounts responses, and /users pages for a signed-in visitor, get
 *   `Cache-Control: private, no-store` and no surrogate key (AdminNoCaching); checking that a
 *   session cookie exists is cache hygiene, not an auth decision. Public profiles get
 *   `Surrogate-Key: pydotorg-app users`.
 * - `/download/releases/X.Y.Z/` answers 301 to the release page when the release has no page of
 *   its own there (apps/pages/views.py); otherwise the request goes on to that CMS page.
 * - `x-middleware-subrequest` is stripped where the proxy runs (CVE-2025-29927 hardening);
 *   patched Next ignores it from outside, and the front proxy (nginx/Fastly) should drop it too.
 */
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_CACHE_CONTROL, surrogateKeysFor } from "@/lib/platform/cdn/cdn";
import { sectionKeysFor } from "@/lib/site/cdn-sections.mjs";
import { createNonce, nonceCsp } from "@/lib/platform/cdn/csp.mjs";
import { findPermanentRedirect } from "@/lib/site/redirects";
import { env } from "@/lib/platform/env";

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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/download/") && ["GET", "HEAD"].includes(request.method)) {
    const target = await findPermanentRedirect(pathname);
    if (target) return NextResponse.redirect(new URL(target, request.url), 301);
  }
  const redirect = withTrailingSlash(request);
  if (redirect) return redirect;
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

  if (under(PRIVATE_PREFIXES, pathname) || hasSession(request)) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  } else if (request.method === "GET" || request.method === "HEAD") {
    response.headers.set("Surrogate-Key", surrogateKeysFor(pathname, sectionKeysFor(pathname)).join(" "));
  }
  return response;
}

export const config = {
  // Per-person sections, and page paths without their trailing slash (they get one). Not API
  // routes (they set their own headers), build assets, files, or slash-terminated public pages.
  matcher: [
    "/admin/:path*",
    "/accounts/:path*",
    "/users/:path*",
    "/download/releases/:path*",
    "/((?!api/|_next/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*[^/])",
  ],
};

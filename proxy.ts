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
 * - `x-middleware-subrequest` is stripped before the request reaches the app (CVE-2025-29927
 *   hardening). Patched Next already ignores it from outside; the front proxy (nginx/Fastly)
 *   should drop it too.
 */
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_CACHE_CONTROL, sectionKeysFor, surrogateKeysFor } from "@/lib/cdn";

const PRIVATE_PREFIXES = ["/admin", "/accounts"];
// next-auth v4 session cookies (large sessions are chunked as `.0`, `.1`, ...).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

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
  let response: NextResponse;
  if (request.headers.has("x-middleware-subrequest")) {
    const headers = new Headers(request.headers);
    headers.delete("x-middleware-subrequest");
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
  }

  const { pathname } = request.nextUrl;
  if (isPrivatePath(pathname) || hasSession(request)) {
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

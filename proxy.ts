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
 * - Content paths (any path outside the app sections, CONTENT_SKIP) are looked up once, through the
 *   route cache (lib/pages/redirects.ts): a stored redirect answers 301 (302 when not permanent)
 *   and one with no target 410 Gone, before any page (Django's RedirectFallbackMiddleware); a
 *   raw page is rewritten to /_raw/ (sent with its own content type); a draft, for a signed-in
 *   visitor, to /_draft/ (shown to editors, 404 for anyone else). This is the one lookup public
 *   CMS pages pay for; app sections never run it.
 * - A form posted by the browser itself (no `Next-Action` header) whose honeypot field came back
 *   changed answers 400 (django-honeypot, lib/site/honeypot.ts); the forms that carry one live
 *   under /accounts, /users, /success-stories/create/ and /events/submit/.
 * - `x-middleware-subrequest` is stripped where the proxy runs (CVE-2025-29927 hardening);
 *   patched Next ignores it from outside, and the front proxy (nginx/Fastly) should drop it too.
 */
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_CACHE_CONTROL, surrogateKeysFor } from "@/lib/platform/cdn/cdn";
import { sectionKeysFor } from "@/lib/site/cdn-sections.mjs";
import { createNonce, nonceCsp } from "@/lib/platform/cdn/csp.mjs";
import { findContentRoute, findPermanentRedirect } from "@/lib/site/redirects";
import { HONEYPOT_REFUSED_HTML, honeypotChanged } from "@/lib/site/honeypot";
import { env } from "@/lib/platform/env";

const PRIVATE_PREFIXES = ["/admin", "/accounts"];
// Rendered per request (the (account) route group and the admin): safe to give a nonce.
const NONCE_PREFIXES = ["/admin", "/accounts", "/users"];
// next-auth v4 session cookies (large sessions are chunked as `.0`, `.1`, ...).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// First path segments whose pages are the apps' own: no content lookup there (the proxy's
// matcher leaves their slash-terminated pages alone too; keep the two lists in step).
const CONTENT_SKIP = new Set([
  "api",
  "_next",
  "downloads",
  "getit",
  "events",
  "jobs",
  "blogs",
  "success-stories",
  "search",
  "box",
  "media",
  "m",
  "_raw",
  "_draft",
  "admin",
  "accounts",
  "users",
  "_health",
  "humans.txt",
  "funding.json",
  "robots.txt",
  "favicon.ico",
]);

const isContentPath = (pathname: string) => {
  const first = pathname.split("/")[1] ?? "";
  return first !== "" && !CONTENT_SKIP.has(first);
};

const GONE_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Gone | Python.org</title>' +
  '<body><h1>This page is gone</h1><p>It was removed from python.org. Try <a href="/search/">searching</a> ' +
  'or start from the <a href="/">home page</a>.</p></body></html>';

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
  const readOnly = ["GET", "HEAD"].includes(request.method);
  // django-honeypot: a posted form whose hidden field came back changed is a 400 (§0.5).
  if (!readOnly && (await honeypotChanged(request)))
    return new NextResponse(HONEYPOT_REFUSED_HTML, {
      status: 400,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE_CACHE_CONTROL },
    });
  // apps/jobs JobList is read-only: a POST is 405 there (Next renders a dynamic page for any method).
  if (pathname === "/jobs/" && !readOnly && !request.headers.has("next-action"))
    return new NextResponse("Method Not Allowed", { status: 405, headers: { Allow: "GET, HEAD" } });
  const content = readOnly && isContentPath(pathname) ? await findContentRoute(pathname) : null;
  if (content?.kind === "redirect")
    return NextResponse.redirect(new URL(content.to, request.url), content.permanent ? 301 : 302);
  if (content?.kind === "gone")
    return new NextResponse(request.method === "HEAD" ? null : GONE_HTML, {
      status: 410,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    });
  const redirect = withTrailingSlash(request);
  if (redirect) return redirect;
  // The page's own URL stays in the address bar; the content comes from the internal route.
  const rewriteTo =
    content?.kind === "raw"
      ? `/_raw${pathname}`
      : content?.kind === "draft" && hasSession(request)
        ? `/_draft${pathname}`
        : null;
  const csp = under(NONCE_PREFIXES, pathname)
    ? nonceCsp(createNonce(), env.NODE_ENV === "development")
    : null;
  let response: NextResponse;
  if (rewriteTo) {
    const headers = new Headers(request.headers);
    headers.delete("x-middleware-subrequest");
    response = NextResponse.rewrite(new URL(rewriteTo, request.url), { request: { headers } });
  } else if (request.headers.has("x-middleware-subrequest") || csp) {
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
    "/jobs/",
    // The honeypot forms outside /accounts and /users (lib/site/honeypot.ts).
    "/success-stories/create/",
    "/events/submit/",
    "/((?!api/|_next/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$|_health$).*[^/])",
    // Content pages (slash-terminated paths outside the app sections of CONTENT_SKIP).
    "/((?!api/|_next/|downloads/|getit/|events/|jobs/|blogs/|success-stories/|search/|box/|media/|m/|_raw/|_draft/|admin/|accounts/|users/).+/)",
  ],
};

// @ts-check
import path from "node:path";
import { PER_REQUEST_SECTIONS, SECTION_KEYS, SITE_SURROGATE_KEY } from "./lib/site/cdn-sections.mjs";
import { MEDIA_CSP, PUBLIC_CSP_REPORT_ONLY, STATIC_CSP } from "./lib/platform/cdn/csp.mjs";
/** Security headers every response carries; proxy.ts adds the nonce or Report-Only script policy (lib/platform/cdn/csp.mjs). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // The parts of AC-HDR-1's policy that need no per-request nonce (lib/platform/cdn/csp.mjs).
  { key: "Content-Security-Policy", value: STATIC_CSP },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

// Shared Next caches on Redis so several instances serve and invalidate one cache
// (cache-handlers/*.mjs). Without REDIS_URL, Next's built-in per-process caches are the
// embedded default. The handler paths are fixed at build time: set REDIS_URL for build and run.
const redisCache = process.env.REDIS_URL
  ? {
      cacheHandler: path.resolve(import.meta.dirname, "cache-handlers/redis-incremental.mjs"),
      cacheHandlers: {
        default: path.resolve(import.meta.dirname, "cache-handlers/redis-use-cache.mjs"),
        remote: path.resolve(import.meta.dirname, "cache-handlers/redis-use-cache.mjs"),
      },
      cacheMaxMemorySize: 0, // Redis is the single source of truth
      // Next would hash the whole HTML of every hit for its ETag (about 1 ms for 160 KB); the
      // handler computes it once, when the entry is stored, and the request guard answers
      // If-None-Match with 304 (lib/platform/http/request-guard.ts).
      generateEtags: false,
    }
  : {};

/**
 * /search/?q=…[&type=…][&page=N] to `/search/_q/<q>/<types or _>/<page>/`, a route that reads no
 * searchParams and so is cached per query like the paged listings (lib/site/search/loaders.ts).
 * Only what a path segment carries as it is: a normalized query (no spaces at either end or
 * twice in a row; the /search/ page redirects such variants to it) of at most 200 characters
 * without `/ ? # % \` or control characters, nor `.`/`..` alone (a URL would resolve them);
 * a type list as the page writes it; pages 1-99 (the page says results stop at 50). Everything
 * else (no query, `per_page`, other characters, a bad page or type) stays on /search/, rendered
 * per request. Next captures the last of repeated keys; the page links never repeat one.
 */
function searchRewrites() {
  const char = "[^\\s\\x00-\\x1f\\x7f/?#%\\\\]";
  /** @param {string} key @param {string} [value] */
  const query = (key, value) => ({ type: /** @type {const} */ ("query"), key, ...(value ? { value } : {}) });
  const q = query("q", `(?<q>(?!\\.{1,2}$)${char}(?:${char}| (?=${char})){0,199})`);
  const type = query("type", "(?<type>[a-z-]{1,30}(?:,[a-z-]{1,30}){0,9})");
  const page = query("page", "(?<page>[1-9]\\d?)");
  const perPage = query("per_page");
  return [
    { has: [q, type, page], missing: [perPage], destination: "/search/_q/:q/:type/:page/" },
    { has: [q, type], missing: [query("page"), perPage], destination: "/search/_q/:q/:type/1/" },
    { has: [q, page], missing: [query("type"), perPage], destination: "/search/_q/:q/_/:page/" },
    { has: [q], missing: [query("type"), query("page"), perPage], destination: "/search/_q/:q/_/1/" },
  ].map((rule) => ({ source: "/search/", ...rule }));
}

/**
 * A job's page for someone with a session cookie (next-auth's, http or https, whole or chunked)
 * goes to `/jobs/<pk>/_viewer/`, rendered per request with the owner's and job-board admins'
 * controls; everyone else gets the cached `/jobs/<pk>/` (app/(site)/jobs/[pk]/page.tsx).
 */
function signedInJobRewrites() {
  const names = ["next-auth.session-token", "__Secure-next-auth.session-token"];
  return names
    .flatMap((name) => [name, `${name}.0`])
    .map((key) => ({
      source: "/jobs/:pk(\\d{1,9})/",
      has: [{ type: /** @type {const} */ ("cookie"), key }],
      destination: "/jobs/:pk/_viewer/",
    }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One build per checkout by default; NEXT_DIST_DIR (a folder under .data/) lets several builds
  // of the same tree sit side by side, e.g. parallel Playwright runs on their own ports.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image (Dockerfile) builds with NEXT_OUTPUT=standalone: `<distDir>/standalone` then
  // holds server.js and only the traced node_modules. `next build && next start` stays the default.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Trace from this folder, not a parent one that happens to hold a lockfile, so the standalone
  // folder has server.js at its top whatever the checkout sits in.
  outputFileTracingRoot: import.meta.dirname,
  // /api/docs serves Swagger UI straight from the package; keep its files in traced outputs.
  // /funding.json reads its manifest at run time (a missing or broken file answers JSON 404/500).
  outputFileTracingIncludes: {
    "/api/docs/[asset]": ["./node_modules/swagger-ui-dist/swagger-ui*"],
    "/funding.json": ["./lib/site/funding/funding.json"],
  },
  ...redisCache,
  // 'use cache' + cacheTag for data, without Cache Components' partial prerendering: a page
  // that calls notFound() must answer 404, which PPR cannot do once the shell is streamed
  // (Next docs, streaming guide, "The HTTP contract").
  experimental: {
    useCache: true,
    authInterrupts: true,
    // Page attachments and logos are uploaded through server actions; UPLOAD_MAX_BYTES (10 MB by
    // default) is checked by the upload itself, this only lets such a body reach it.
    serverActions: { bodySizeLimit: "11mb" },
    // Where proxy.ts runs, Next buffers the body for it and cuts the page's copy at this size
    // (10 MB by default): the same limit, so an upload through the proxy reaches its action whole.
    proxyClientMaxBodySize: "11mb",
  },
  poweredByHeader: false,
  // python.org URLs end in a slash (/downloads/, /api/v2/downloads/release/); keep them.
  trailingSlash: true,
  // proxy.ts adds the slash to page paths itself; API paths answer as they are, so next-auth's
  // client (which calls /api/auth/session without a slash) needs no redirect hop.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pino"],
  async rewrites() {
    // The paged listings read no searchParams (a page that does is rendered on every request,
    // `private, no-store`): `?page=N` is rewritten to a `.../page/N/` route rendering the same
    // page, so /events/, a calendar and its past events, /jobs/ and its filtered lists are cached
    // pages revalidated by tag (docs/benchmarks.md). Before the filesystem: the listing exists.
    // An events `?page=` that is no number goes to page "0", which answers 404 as Django's paginator.
    const page = { type: /** @type {const} */ ("query"), key: "page", value: "(?<page>\\d{1,6})" };
    const anyPage = { type: /** @type {const} */ ("query"), key: "page" };
    const calendar = ":calendar((?!calendars/|submit/)[^/]+)";
    const paged = [
      ["/events/", "/events/page/"],
      [`/events/${calendar}/`, "/events/:calendar/page/"],
      [`/events/${calendar}/past/`, "/events/:calendar/past/page/"],
      ["/jobs/", "/jobs/page/"],
      ["/jobs/:kind(type|category|location)/:slug/", "/jobs/:kind/:slug/page/"],
    ];
    return {
      beforeFiles: [
        ...paged.flatMap(([source, base]) => [
          { source, has: [page], destination: `${base}:page/` },
          ...(source.startsWith("/events/") ? [{ source, has: [anyPage], destination: `${base}0/` }] : []),
        ]),
        ...searchRewrites(),
        ...signedInJobRewrites(),
      ],
      afterFiles: [
        // apps/downloads is also mounted at /getit/ (for networks that block /downloads/).
        { source: "/getit/", destination: "/downloads/" },
        { source: "/getit/:path*", destination: "/downloads/:path*" },
      ],
      fallback: [],
    };
  },
  async headers() {
    // Cached public pages get their CDN keys and the Report-Only script policy here, so serving
    // them never runs the proxy (which halves page throughput: docs/benchmarks.md). Later rules
    // win for the same header: the generic section rule first, then the sections with domain keys.
    const skip = `(?:${[...PER_REQUEST_SECTIONS, "api", "_next"].join("|")})(?:/|$)`;
    /** @param {string} first @param {readonly string[]} extra */
    const keys = (first, extra) => [SITE_SURROGATE_KEY, first, ...extra].filter(Boolean).join(" ");
    // Not in development: the dev bundler's eval and un-hashed inline scripts would be reported
    // on every page view, flooding the log and the report endpoint's rate limit (issue #21).
    const reportOnly =
      process.env.NODE_ENV === "development"
        ? []
        : [{ key: "Content-Security-Policy-Report-Only", value: PUBLIC_CSP_REPORT_ONLY }];
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/",
        headers: [{ key: "Surrogate-Key", value: keys("", SECTION_KEYS[""] ?? []) }, ...reportOnly],
      },
      {
        source: `/:first((?!${skip})[^/]+)/:rest*`,
        headers: [{ key: "Surrogate-Key", value: `${SITE_SURROGATE_KEY} :first` }, ...reportOnly],
      },
      // The API reference is a page of the site under /api/: keys and script policy as other pages.
      {
        source: "/api/docs",
        headers: [{ key: "Surrogate-Key", value: keys("api-docs", []) }, ...reportOnly],
      },
      ...Object.entries(SECTION_KEYS)
        .filter(([first]) => first)
        .map(([first, extra]) => ({
          source: `/${first}/:rest*`,
          headers: [{ key: "Surrogate-Key", value: keys(first, extra) }],
        })),
      // Stored files get their own, stricter policy (the later rule wins for the same header).
      { source: "/media/:path*", headers: [{ key: "Content-Security-Policy", value: MEDIA_CSP }] },
      // apps pydotorg/middleware.py AdminNoCaching: staff pages are never cached by the CDN.
      { source: "/admin/:path*", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};

export default nextConfig;

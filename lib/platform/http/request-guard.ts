/**
 * The first check every request meets, before Next routes it (issue 22, "bad input never 5xx").
 * Some inputs never reach our code: Next answers a malformed percent-encoding in the path
 * (`/%ff/`) with a plain-text 500 of its own, and undici's Request constructor throws on TRACE,
 * TRACK and CONNECT, so the proxy and every route handler fail with 500 before they run. A NUL
 * byte anywhere in the address would reach PostgreSQL (which cannot store one) through any
 * query, path segment or search. These are refused here, on the raw request line:
 *
 * - a method outside GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS → 405 with `Allow`;
 * - `%00` (or a raw NUL) anywhere in the address → 400;
 * - a path whose percent-encoding does not decode as UTF-8 → 400.
 *
 * API paths answer with the JSON error shape (lib/api), pages with a small HTML page. The check
 * is a few string tests on `req.url` (a decode only when the path holds a `%`), cheap enough to
 * run on every request, cached pages and static files included. instrumentation-node.ts installs
 * it on Node's HTTP server, so it runs under `next start` and `npm start` alike.
 *
 * The same place turns Next's 500 into 503 with Retry-After while PostgreSQL is down, or when
 * one of the request's own queries timed out (lib/platform/db-status.ts, a mark per request): a
 * page render cannot choose its status, but this can. It also completes the script policy of
 * pages: cached pages enforce their own hashes, and pages rendered for one request a nonce of
 * that request (giveRequestANonce, below).
 */
import http from "node:http";
import https from "node:https";
import { admit, eligible, forget, recordFor, send } from "@/cache-handlers/page-hits.mjs";
import { watch } from "@/cache-handlers/page-hits-record.mjs";
import { requestStore, runForRequest, wantsDocument } from "@/cache-handlers/request-kind.mjs";
import { createNonce, HASHED_PAGE_CSP_REPORT_ONLY, nonceCsp } from "@/lib/platform/cdn/csp.mjs";
import {
  DATABASE_RETRY_AFTER,
  databaseDown,
  databaseFailedInRequest,
  withRequestDatabaseMark,
} from "@/lib/platform/db-status";

export type Refusal = {
  status: 400 | 405 | 414;
  code: "bad_request" | "method_not_allowed";
  message: string;
};

export const SUPPORTED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const SUPPORTED = new Set<string>(SUPPORTED_METHODS);
// What a page or an API resource can allow at most; a resource's own 405 (lib/api `route()`)
// names its exact methods.
const PAGE_ALLOW = "GET, HEAD, POST";
const API_ALLOW = SUPPORTED_METHODS.join(", ");

const MAX_ADDRESS_LENGTH = 4096;

const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/");

/** Why a request line must be refused, or null when it may go on to Next. */
export function screenRequest(method: string | undefined, url: string | undefined): Refusal | null {
  if (!method || !SUPPORTED.has(method))
    return {
      status: 405,
      code: "method_not_allowed",
      message: `Method ${method ?? ""} is not allowed here.`,
    };
  const target = url ?? "/";
  // Next's own redirects (a `//` in the path) echo the address twice in their headers, past what
  // clients read (16 KB): a longer address than any page or API takes is refused here.
  if (target.length > MAX_ADDRESS_LENGTH)
    return { status: 414, code: "bad_request", message: "The address is too long." };
  if (target.includes("\0") || /%00/i.test(target))
    return { status: 400, code: "bad_request", message: "The address contains a NUL byte." };
  const q = target.indexOf("?");
  const path = q === -1 ? target : target.slice(0, q);
  if (path.includes("%")) {
    try {
      decodeURIComponent(path);
    } catch {
      return { status: 400, code: "bad_request", message: "The address is not valid percent-encoded UTF-8." };
    }
  }
  return null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The answer to a refused request: the JSON error shape on /api/, an HTML page elsewhere. */
export function refusalResponse(
  refusal: Refusal,
  method: string | undefined,
  url: string | undefined,
): { status: number; headers: Record<string, string>; body: string } {
  const api = isApiPath(url ?? "/");
  const headers: Record<string, string> = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (refusal.status === 405) headers.Allow = api ? API_ALLOW : PAGE_ALLOW;
  let body: string;
  if (api) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  } else {
    headers["Content-Type"] = "text/html; charset=utf-8";
    const title =
      refusal.status === 405
        ? "Method not allowed"
        : refusal.status === 414
          ? "Address too long"
          : "Bad request";
    body =
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} | Python.org</title>` +
      `<body><h1>${title}</h1><p>${escapeHtml(refusal.message)}</p>` +
      '<p>Start again from the <a href="/">home page</a> or try <a href="/search/">searching</a>.</p></body></html>';
  }
  headers["Content-Length"] = String(method === "HEAD" ? 0 : Buffer.byteLength(body));
  return { status: refusal.status, headers, body: method === "HEAD" ? "" : body };
}

/**
 * A response Next is about to send as 500 while the database is down, or after one of the
 * request's queries failed for want of it (a statement timeout, no pooled client in time),
 * becomes a 503 with Retry-After and no caching (its body, the error page or the API's error,
 * stays): the visitor and the CDN learn to come back, and the failure is not cached. Pages cached
 * before the outage never reach the database and keep answering 200. writeHead runs in the
 * request's async context (Next writes its 500 from the render that failed), so the mark is
 * this request's.
 */
function answerOutagesWith503(res: http.ServerResponse, noncePolicy: string | null): void {
  const writeHead = res.writeHead as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = function outageAwareWriteHead(
    this: http.ServerResponse,
    status: number,
    ...rest: unknown[]
  ) {
    relaxReportOnlyOfHashedPages(this);
    if (noncePolicy) enforceNonceOnPagesRenderedNow(this, noncePolicy);
    if (status === 200 && notModified(this.req, this)) {
      // Node sends no body with a 304 and ignores what the page still writes.
      status = 304;
      this.removeHeader("content-length");
      if (typeof rest[0] === "string") rest.shift(); // the "OK" reason phrase
    }
    if (status === 500 && (databaseFailedInRequest() || databaseDown())) {
      status = 503;
      this.setHeader("Retry-After", String(DATABASE_RETRY_AFTER));
      this.setHeader("Cache-Control", "no-store");
      if (typeof rest[0] === "string") rest.shift(); // the "Internal Server Error" reason phrase
    }
    return writeHead.call(this, status, ...rest);
  } as typeof res.writeHead;
}

/**
 * A cached page carries its own enforced script policy, the hashes of its inline scripts
 * (cache-handlers/redis-incremental.mjs); next.config's Report-Only policy, which lists no such
 * hashes, would report every one of them. For those pages it becomes the policy without
 * script-src (lib/platform/cdn/csp.mjs). Two header reads on every response.
 */
function relaxReportOnlyOfHashedPages(res: http.ServerResponse): void {
  if (!res.hasHeader("content-security-policy-report-only")) return;
  const values = headerValues(res.getHeader("content-security-policy"));
  if (values.some((v) => v.startsWith("script-src 'self' 'sha256-")))
    res.setHeader("content-security-policy-report-only", HASHED_PAGE_CSP_REPORT_ONLY);
}

/**
 * A GET or HEAD whose If-None-Match names the response's ETag (weak comparison, RFC 9110 13.1.2):
 * cached pages carry the ETag stored with their entry (cache-handlers/redis-incremental.mjs),
 * since Next's own, hashed on every response, is turned off with that handler.
 */
export function notModified(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const condition = req.headers["if-none-match"];
  const etag = res.getHeader("etag");
  if (!condition || typeof etag !== "string") return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return condition.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

const headerValues = (v: number | string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [String(v)];

// Never HTML documents: no nonce is made for them. Besides the API, Next's assets and media,
// paths ending in a file extension that is never a page (robots.txt, icons, downloads; pages end
// with "/", `.html` is not in the list). A 404 rendered for such a path has no nonce, so its
// scripts are only reported by the Report-Only policy: no link leads a browser there.
const NOT_PAGES = /^\/(api|_next|media)(\/|\?|$)/;
const FILE =
  /\.(txt|xml|json|ico|png|jpe?g|gif|svg|webp|avif|css|js|mjs|map|woff2?|ttf|pdf|zip|t?gz|xz|bz2|exe|msi|pkg|dmg|asc|sig|sigstore|rss|atom)(\?|$)/i;

/**
 * Every page request gets a fresh nonce policy in its Content-Security-Policy request header (one
 * the client sent is replaced; proxy.ts replaces it again with its own on /admin, /accounts and
 * /users). Next reads the nonce there and puts it on every script it renders for this request.
 * Returns the policy, or null for paths that are never pages.
 */
export function giveRequestANonce(req: http.IncomingMessage, development = false): string | null {
  const url = req.url ?? "/";
  if (NOT_PAGES.test(url) || FILE.test(url)) return null;
  const policy = nonceCsp(createNonce(), development);
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  return policy;
}

/**
 * A page rendered for this request (HTML that did not come through Next's route cache: no
 * `x-nextjs-cache`/`x-nextjs-prerender`, such as /search/ or /community/) carries this request's
 * nonce on its scripts, so the nonce policy is enforced and the Report-Only one loses its script
 * part, as on cached pages: a clean view reports nothing, an injected script is blocked. HTML
 * from the cache (a hit, or a prerendered 404) was rendered with another nonce or none and is
 * left alone (its hashes cover it), as are pages already given a nonce by proxy.ts.
 */
function enforceNonceOnPagesRenderedNow(res: http.ServerResponse, policy: string): void {
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
  if (res.hasHeader("x-nextjs-cache") || res.hasHeader("x-nextjs-prerender")) return;
  const enforced = headerValues(res.getHeader("content-security-policy"));
  if (enforced.some((v) => v.includes("'nonce-") || v.startsWith("script-src 'self' 'sha256-"))) return;
  res.setHeader("content-security-policy", [...enforced, policy]);
  if (res.hasHeader("content-security-policy-report-only"))
    res.setHeader("content-security-policy-report-only", HASHED_PAGE_CSP_REPORT_ONLY);
}

const INSTALLED = Symbol.for("pydotorg.requestGuard");

/**
 * Puts screenRequest in front of every HTTP(S) server of the process: a refused request is
 * answered here and never emitted to Next's listener. Idempotent. `development`: the nonce policy
 * allows eval, which React's development build needs.
 */
export function installRequestGuard({ development = false }: { development?: boolean } = {}): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as Record<symbol, unknown> & {
      emit: (event: string | symbol, ...args: unknown[]) => boolean;
    };
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function guardedEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
        const refusal = screenRequest(req.method, req.url);
        if (refusal) {
          const answer = refusalResponse(refusal, req.method, req.url);
          // The body is not read: close the connection rather than leave it for the next request.
          res.shouldKeepAlive = false;
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
          req.resume();
          return true;
        }
        const handOn = () => {
          answerOutagesWith503(res, giveRequestANonce(req, development));
          // Tells the cache handler whether this request needs a page's document or its data.
          return runForRequest(req, (done) => {
            if (done) res.once("close", done);
            const store = pageHits ? requestStore() : undefined;
            if (store) watch(req, res, store);
            return withRequestDatabaseMark(() => emit.call(this, event, ...args));
          });
        };
        // A fresh page hit (or API answer) recorded earlier is answered here
        // (cache-handlers/page-hits.mjs).
        const pageHits = eligible(req, wantsDocument);
        const hit = pageHits ? recordFor(req.url ?? "/") : null;
        if (!hit) return handOn();
        admit(hit, req).then(
          (verdict) => {
            if (verdict === "serve") return send(hit, req, res);
            if (verdict === "stale") forget(req.url ?? "/");
            handOn();
          },
          () => handOn(),
        );
        return true;
      }
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}

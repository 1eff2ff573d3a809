// @ts-check
/**
 * Content Security Policy (AC-HDR-1, ecosystem §3.3). Plain JavaScript so next.config.mjs (the
 * headers of cached public pages) and proxy.ts (per-request pages) share one definition.
 *
 * - Account, profile and admin pages are rendered per request, so they get an enforced policy
 *   with a fresh nonce and 'strict-dynamic': proxy.ts passes it to Next on the request, and Next
 *   puts it on its own scripts. No 'unsafe-inline' for scripts.
 * - Public pages are cached (ISR, CDN): a nonce in cached HTML would repeat, and Next's inline
 *   RSC scripts differ per page, so their hashes cannot be listed ahead of time. They are listed
 *   when the page is cached instead: the incremental cache handler hashes every inline script of
 *   the rendered HTML once (hashedScriptCsp) and stores an enforced `script-src 'self' <hashes>`
 *   policy with the entry, which Next sends with the page, on the miss that rendered it and on
 *   every hit. No `'unsafe-inline'`, nothing reported on a clean view (docs/operations.md).
 *   The rest of the strict policy (style, image, font, connect and frame sources) stays
 *   Report-Only there, without script-src, so it never reports Next's own scripts. Public pages
 *   rendered per request (search, community, ...) have no cache entry: the request guard gives
 *   each page request a nonce policy (lib/platform/http/request-guard.ts) and enforces it on
 *   HTML rendered for that request.
 * Violations are reported to /api/csp-report/ (rate limited). The one inline script of our own,
 * the theme bootstrap, is allowed by its hash in every policy.
 */
import { createHash, randomBytes } from "node:crypto";

/** Runs before first paint so a stored theme choice never flashes the other theme. */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='python'||t==='python-dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}";
const THEME_HASH = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;
export const CSP_REPORT_PATH = "/api/csp-report/";

/**
 * Stored files (/media/, lib/platform/storage/serve.ts) are never documents of ours: no scripts,
 * no plugins, sandboxed; framed only by our own pages, with AC-HDR-1's object-src, base-uri and
 * frame-ancestors spelled out. next.config.mjs sets it in place of STATIC_CSP there.
 */
export const MEDIA_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; sandbox";

/** The directives every response enforces; none of them needs a nonce. */
export const STATIC_CSP = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // /shell/ embeds the interactive console (templates/python/shell.html).
  "frame-src 'self' https://console.python.org",
  STATIC_CSP,
  `report-uri ${CSP_REPORT_PATH}`,
];

/**
 * Enforced on per-request pages. React's development build needs eval for its tooling.
 * @param {string} nonce
 * @param {boolean} [development]
 */
export function nonceCsp(nonce, development = false) {
  const script = [
    "'self'",
    `'nonce-${nonce}'`,
    THEME_HASH,
    "'strict-dynamic'",
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [`script-src ${script.join(" ")}`, ...common].join("; ");
}

/** Report-Only on public pages: what we would enforce if Next's inline scripts allowed it. */
// 'report-sample' lets /api/csp-report/ tell Next's own inline scripts from an injected one.
export const PUBLIC_CSP_REPORT_ONLY = [`script-src 'self' ${THEME_HASH} 'report-sample'`, ...common].join(
  "; ",
);

/**
 * The Report-Only policy of a page that carries its hashed script policy (a cached page): the
 * other source lists only, without script-src and default-src (its fallback for scripts), so
 * Next's own inline scripts, allowed by the hashes, are not reported by it either. The request
 * guard (lib/platform/http/request-guard.ts) swaps it in when it sees the hashed policy.
 */
export const HASHED_PAGE_CSP_REPORT_ONLY = common.filter((d) => !d.startsWith("default-src")).join("; ");

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The enforced script policy of a cached page: 'self' for Next's chunks and the sha256 of each
 * inline script in its HTML, exactly as sent (Next's RSC payload, bootstrap and streaming
 * scripts, our theme script). 'report-sample' lets /api/csp-report/ show what was blocked.
 * @param {string} html
 */
export function hashedScriptCsp(html) {
  const hashes = new Set([THEME_HASH]);
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes ?? "")) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(body ?? "")
        .digest("base64")}'`,
    );
  }
  return [`script-src 'self' ${[...hashes].join(" ")} 'report-sample'`, `report-uri ${CSP_REPORT_PATH}`].join(
    "; ",
  );
}

export function createNonce() {
  return randomBytes(16).toString("base64");
}

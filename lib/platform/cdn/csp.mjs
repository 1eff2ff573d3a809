// @ts-check
/**
 * Content Security Policy (AC-HDR-1, ecosystem §3.3). Plain JavaScript so next.config.mjs (the
 * headers of cached public pages) and proxy.ts (per-request pages) share one definition.
 *
 * - Account, profile and admin pages are rendered per request, so they get an enforced policy
 *   with a fresh nonce and 'strict-dynamic': proxy.ts passes it to Next on the request, and Next
 *   puts it on its own scripts. No 'unsafe-inline' for scripts.
 * - Public pages are cached (ISR, CDN): a nonce in cached HTML would repeat, and Next's inline
 *   RSC scripts differ per page, so hashes cannot be listed ahead of time. They keep the enforced
 *   directives that need neither and carry the strict script policy as Report-Only, as
 *   python.org does today with django-csp (pythondotorg PR #3042).
 * Violations are reported to /api/csp-report/ (rate limited). The one inline script of our own,
 * the theme bootstrap, is allowed by its hash in both policies.
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

/** Report-Only on cached public pages: what we would enforce if Next's inline scripts allowed it. */
// 'report-sample' lets /api/csp-report/ tell Next's own inline scripts from an injected one.
export const PUBLIC_CSP_REPORT_ONLY = [`script-src 'self' ${THEME_HASH} 'report-sample'`, ...common].join(
  "; ",
);

export function createNonce() {
  return randomBytes(16).toString("base64");
}

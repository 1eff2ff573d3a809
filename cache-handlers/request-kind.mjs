// @ts-check
/**
 * What the request being answered needs from a cached page, told by the request guard
 * (lib/platform/http/request-guard.ts) to the incremental cache handler (redis-incremental.mjs).
 * A page's entry holds its HTML and, beside it, the RSC payload and the segment prefetch data
 * (on home 164 KB of HTML and 360 KB of the rest); a request for the document uses only the HTML
 * (next/dist/build/templates/app-page-runtime.js, the cached-response branch), so the handler
 * reads only that part for it.
 *
 * Next shares one cache read among the concurrent requests for the same page (the response
 * cache's batcher), and keeps it shared while a stale entry is regenerated: an RSC request that
 * joins an HTML request's read would get an entry without its payload. So the guard also counts
 * the RSC, prefetch, segment and action requests in flight, and the handler reads the whole entry
 * when one is in flight when its read ends (or when it would hand Next a stale entry). The count
 * is per process, not per page: rewrites (`/getit/`, `?page=`, CMS routes) make the page a
 * request lands on unknowable from its path.
 *
 * The state lives on globalThis: the guard is bundled with instrumentation and the handler is
 * loaded by Next from this folder, two copies of this module that must share it.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * @typedef {{ storage: AsyncLocalStorage<{ htmlOnly: boolean; [note: string]: unknown }>; dataRequests: number }} State
 */
const KEY = Symbol.for("pydotorg.requestKind");
const state = /** @type {State} */ (
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] ??= {
    storage: new AsyncLocalStorage(),
    dataRequests: 0,
  }
);

/**
 * Whether a request asks for a page's document (GET/HEAD without the RSC, prefetch, segment or
 * server-action headers and not an `.rsc` path), as opposed to its data.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 */
export function wantsDocument(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const h = req.headers;
  if (h.rsc !== undefined || h["next-router-prefetch"] !== undefined) return false;
  if (h["next-router-segment-prefetch"] !== undefined || h["next-action"] !== undefined) return false;
  const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
  return !path.endsWith(".rsc") && !path.includes(".segments/");
}

/**
 * Runs `fn` (the request's handling by Next) knowing what it needs. A data request counts as in
 * flight until the `done` given to `fn` is called (the guard calls it when the response closes).
 * @template T
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 * @param {(done: (() => void) | null) => T} fn
 * @returns {T}
 */
export function runForRequest(req, fn) {
  const htmlOnly = wantsDocument(req);
  /** @type {(() => void) | null} */
  let done = null;
  if (!htmlOnly) {
    state.dataRequests += 1;
    let ended = false;
    done = () => {
      if (ended) return;
      ended = true;
      state.dataRequests -= 1;
    };
  }
  return state.storage.run({ htmlOnly }, () => fn(done));
}

/**
 * The current request's context (undefined outside a request): where the cache handler notes the
 * page entry it handed over (page-hits.mjs).
 * @returns {Record<string, unknown> | undefined}
 */
export function requestStore() {
  return state.storage.getStore();
}

/** Whether the current request reads pages for their document only (false outside a request). */
export function documentOnly() {
  return state.storage.getStore()?.htmlOnly === true;
}

/** Whether a data request (RSC, prefetch, segment, action) is in flight in this process. */
export function dataRequestInFlight() {
  return state.dataRequests > 0;
}

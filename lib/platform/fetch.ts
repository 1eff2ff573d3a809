/**
 * The one outbound fetcher for URLs we do not control: blog feeds (apps/blogs update_blogs),
 * ICS calendars (apps/events import_ics_calendars), the release-cycle JSON and anything an
 * admin or user types in. SSRF guard per ecosystem.md AC-SSRF-1 (ASVS 1.3.6, 13.2.4):
 * - only https: by default (http: when the caller opts in), optional per-job host allowlist;
 * - DNS is resolved once per hop and every address must be public unicast (ipaddr.js range()),
 *   literal IPs included; the socket then connects to exactly those addresses (undici
 *   `connect.lookup`), so a rebinding DNS answer cannot swap in 127.0.0.1 between check and use;
 * - redirects are followed by hand and every hop is re-checked;
 * - one total deadline and a byte cap enforced while streaming.
 * Responses are requested without compression, so the byte cap is also the decoded size.
 */
import "server-only";
import { Agent, request } from "undici";
import { env } from "./env";
import {
  FetchRefusedError,
  pinnedLookup,
  systemResolver,
  vetHop,
  type HopPolicy,
  type ResolvedAddress,
  type Resolver,
} from "./fetch-guard";

// The guard's public names stay importable from here, the one fetcher module callers know.
export {
  displayUrl,
  FetchRefusedError,
  isPublicAddress,
  type FetchRefusalReason,
  type ResolvedAddress,
  type Resolver,
} from "./fetch-guard";

export type SafeFetchOptions = {
  method?: "GET" | "HEAD";
  headers?: Record<string, string>;
  /** Byte cap on the body, enforced while streaming. Default 5 MB. */
  maxBytes?: number;
  /** Deadline for the whole call: every hop, headers and body. Default 10 s. */
  timeoutMs?: number;
  /** Default 3 (AC-SSRF-1); values above 5 are clamped to 5. */
  maxRedirects?: number;
  /** Default ["https:"]; pass ["https:", "http:"] for legacy http feeds. Nothing else is ever allowed. */
  protocols?: readonly ("http:" | "https:")[];
  /** Per-job host allowlist, checked on every hop: exact names or "*.example.org" for subdomains. */
  allowedHosts?: readonly string[];
  /** Which statuses count as success; others throw `http-status`. Default 2xx. */
  acceptStatus?: (status: number) => boolean;
  resolve?: Resolver;
  signal?: AbortSignal;
  /**
   * Test-only: hostnames (as written in the URL, e.g. "127.0.0.1" or "public.test") whose
   * addresses may be private, so success paths can hit a node:http server on 127.0.0.1. Any
   * other host, including redirect targets, is still checked. Throws unless NODE_ENV is "test".
   */
  allowPrivateHostsForTests?: readonly string[];
};

export type SafeFetchResponse<Body> = {
  status: number;
  headers: Headers;
  /** The URL of the final hop, after redirects. */
  url: string;
  body: Body;
};

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REDIRECTS = 3;
const MAX_REDIRECTS_CAP = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Headers a cross-origin redirect must not carry, as in the fetch standard.
const ORIGIN_BOUND_HEADERS = ["authorization", "cookie", "proxy-authorization"];

// undici's body emits an AbortError when destroyed unread; nobody else listens, so swallow it here.
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on("error", () => undefined);
  body.destroy();
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w.:-]+)"?/i.exec(contentType ?? "")?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // unknown label: fall back rather than fail the fetch
  }
}

/**
 * Fetches a URL we do not control, following redirects by hand and re-checking each hop.
 * @throws FetchRefusedError with a `reason` for every refusal (scheme, host, private address,
 *   DNS, redirects, size, timeout, unaccepted status, network failure).
 * @throws Error if `allowPrivateHostsForTests` is used outside NODE_ENV=test (a programming error).
 */
export function safeFetch(
  url: string | URL,
  options: SafeFetchOptions & { as: "bytes" },
): Promise<SafeFetchResponse<Uint8Array>>;
export function safeFetch(
  url: string | URL,
  options?: SafeFetchOptions & { as?: "text" },
): Promise<SafeFetchResponse<string>>;
export async function safeFetch(
  input: string | URL,
  options: SafeFetchOptions & { as?: "text" | "bytes" } = {},
): Promise<SafeFetchResponse<string | Uint8Array>> {
  if (options.allowPrivateHostsForTests?.length && env.NODE_ENV !== "test")
    throw new Error("safeFetch: allowPrivateHostsForTests is only honoured when NODE_ENV=test");
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    // The raw input may hold credentials; name only its length.
    throw new FetchRefusedError(
      "invalid-url",
      `<unparseable URL, ${String(input).length} chars>`,
      "not an absolute URL",
    );
  }

  const ctx: HopPolicy = {
    protocols: options.protocols ?? ["https:"],
    resolve: options.resolve ?? systemResolver,
    allowedHosts: options.allowedHosts,
    allowPrivateHostsForTests: options.allowPrivateHostsForTests,
  };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = Math.min(options.maxRedirects ?? DEFAULT_MAX_REDIRECTS, MAX_REDIRECTS_CAP);
  const accept = options.acceptStatus ?? ((s: number) => s >= 200 && s < 300);
  let method = options.method ?? "GET";
  const headers: Record<string, string> = {
    "user-agent": "pydotorg-next (+https://www.python.org/)",
    accept: "*/*",
    ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    "accept-encoding": "identity",
  };

  const controller = new AbortController();
  let current = url;
  const timer = setTimeout(
    () =>
      controller.abort(
        new FetchRefusedError("timeout", current, `no complete response within ${timeoutMs} ms`),
      ),
    timeoutMs,
  );
  const onCallerAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onCallerAbort();
  else options.signal?.addEventListener("abort", onCallerAbort, { once: true });
  const pins = new Map<string, ResolvedAddress[]>();
  // One agent per call: its pins die with it, and no pooled socket outlives the checks.
  const agent = new Agent({ connect: { lookup: pinnedLookup(pins) } });

  try {
    for (let hop = 0; ; hop++) {
      const addresses = await vetHop(current, ctx);
      if (addresses.length) pins.set(current.hostname.toLowerCase(), addresses);
      controller.signal.throwIfAborted();
      const res = await request(current, { dispatcher: agent, method, headers, signal: controller.signal });

      if (REDIRECT_STATUSES.has(res.statusCode)) {
        discard(res.body);
        const location = res.headers.location;
        if (typeof location !== "string")
          throw new FetchRefusedError("http-status", current, `status ${res.statusCode} without a Location`, {
            status: res.statusCode,
          });
        if (hop >= maxRedirects)
          throw new FetchRefusedError("too-many-redirects", url, `more than ${maxRedirects} redirects`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchRefusedError("invalid-url", current, "redirect Location is not a valid URL");
        }
        if (next.origin !== current.origin) for (const h of ORIGIN_BOUND_HEADERS) delete headers[h];
        if (res.statusCode === 303) method = "GET";
        current = next;
        continue;
      }

      if (!accept(res.statusCode)) {
        discard(res.body);
        throw new FetchRefusedError("http-status", current, `unexpected status ${res.statusCode}`, {
          status: res.statusCode,
        });
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(res.body);
        throw new FetchRefusedError("too-large", current, `declared ${declared} bytes, limit is ${maxBytes}`);
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of res.body) {
        received += (chunk as Buffer).length;
        if (received > maxBytes) {
          // Stop reading now: the server may be streaming without end.
          discard(res.body);
          throw new FetchRefusedError("too-large", current, `body exceeds ${maxBytes} bytes`);
        }
        chunks.push(chunk as Buffer);
      }
      const bytes = new Uint8Array(Buffer.concat(chunks, received));
      const responseHeaders = toHeaders(res.headers);
      return {
        status: res.statusCode,
        headers: responseHeaders,
        url: current.href,
        body: options.as === "bytes" ? bytes : decodeText(bytes, responseHeaders.get("content-type")),
      };
    }
  } catch (e) {
    if (controller.signal.aborted && controller.signal.reason instanceof FetchRefusedError)
      throw controller.signal.reason;
    if (e instanceof FetchRefusedError) throw e;
    if (controller.signal.aborted) throw controller.signal.reason ?? e; // the caller's own abort
    const code = (e as { code?: string }).code;
    throw new FetchRefusedError("network", current, `request failed${code ? ` (${code})` : ""}`, {
      cause: e,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
    void agent.destroy().catch(() => undefined);
  }
}

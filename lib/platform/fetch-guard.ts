/**
 * The SSRF guard behind safeFetch (lib/platform/fetch.ts), AC-SSRF-1: the refusal error, the
 * public-address test, per-hop vetting (scheme, host allowlist, DNS, public unicast only) and the
 * pinned lookup that makes the socket connect to exactly the vetted addresses.
 */
import "server-only";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import net from "node:net";
import ipaddr from "ipaddr.js";

export type FetchRefusalReason =
  | "invalid-url"
  | "scheme"
  | "host-not-allowed"
  | "private-address"
  | "dns"
  | "too-many-redirects"
  | "too-large"
  | "timeout"
  | "http-status"
  | "network";

/** Every refusal or failure of safeFetch; `url` is already stripped of credentials and query. */
export class FetchRefusedError extends Error {
  readonly reason: FetchRefusalReason;
  readonly url: string;
  readonly host: string;
  readonly status?: number;

  constructor(
    reason: FetchRefusalReason,
    url: URL | string,
    detail: string,
    extra?: { status?: number; cause?: unknown },
  ) {
    const shown = typeof url === "string" ? url : displayUrl(url);
    super(
      `Refused to fetch ${shown}: ${detail}`,
      extra?.cause === undefined ? undefined : { cause: extra.cause },
    );
    this.name = "FetchRefusedError";
    this.reason = reason;
    this.url = shown;
    this.host = typeof url === "string" ? "" : url.hostname;
    if (extra?.status !== undefined) this.status = extra.status;
  }
}

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Returns every address of a hostname; injectable so tests can map names without real DNS. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** What vetHop needs from the caller's options. */
export type HopPolicy = {
  protocols: readonly ("http:" | "https:")[];
  resolve: Resolver;
  allowedHosts?: readonly string[];
  allowPrivateHostsForTests?: readonly string[];
};

/** For messages and logs: no userinfo, and the query (it may hold tokens) reduced to "?…". */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}${url.search ? "?…" : ""}`;
}

/** True for public unicast addresses only; every special-purpose range is refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() unwraps IPv4-mapped/compatible IPv6 (::ffff:127.0.0.1) so the IPv4 range applies.
  return ipaddr.process(address).range() === "unicast";
}

export const systemResolver: Resolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

function hostAllowed(hostname: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith("*.") ? hostname.endsWith(p.slice(1)) : hostname === p;
  });
}

/** Checks one hop and returns the addresses the socket may use (empty for literal IPs). */
export async function vetHop(url: URL, ctx: HopPolicy): Promise<ResolvedAddress[]> {
  if (!(ctx.protocols as readonly string[]).includes(url.protocol))
    throw new FetchRefusedError(
      "scheme",
      url,
      `scheme ${url.protocol} is not allowed (allowed: ${ctx.protocols.join(", ")})`,
    );
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (ctx.allowedHosts && !hostAllowed(hostname, ctx.allowedHosts))
    throw new FetchRefusedError("host-not-allowed", url, `host ${hostname} is not in this job's allowlist`);
  const privateOk = ctx.allowPrivateHostsForTests?.includes(hostname) ?? false;

  let addresses: ResolvedAddress[];
  const literal = net.isIP(hostname);
  if (literal) addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = [...(await ctx.resolve(hostname))];
    } catch (e) {
      throw new FetchRefusedError("dns", url, `could not resolve ${hostname}`, { cause: e });
    }
    if (addresses.length === 0) throw new FetchRefusedError("dns", url, `${hostname} has no addresses`);
  }
  if (!privateOk) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad)
      throw new FetchRefusedError(
        "private-address",
        url,
        `${hostname} resolves to non-public address ${bad.address}`,
      );
  }
  return literal ? [] : addresses;
}

/** Connects only to addresses vetHop approved; a hostname it has not seen is an error. */
export function pinnedLookup(pins: Map<string, ResolvedAddress[]>): LookupFunction {
  return (hostname, options, callback) => {
    const addresses = pins.get(hostname.toLowerCase());
    if (!addresses?.length) {
      callback(Object.assign(new Error(`no vetted address for ${hostname}`), { code: "ENOTFOUND" }), "", 4);
      return;
    }
    const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
    const usable = family ? addresses.filter((a) => a.family === family) : addresses;
    if (options.all) callback(null, usable);
    else if (usable[0]) callback(null, usable[0].address, usable[0].family);
    else
      callback(
        Object.assign(new Error(`no IPv${options.family} address for ${hostname}`), { code: "ENOTFOUND" }),
        "",
        4,
      );
  };
}

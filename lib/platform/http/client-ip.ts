/**
 * The client address for rate limits (AC-IP-1). Each of our TRUSTED_PROXY_HOPS proxies appends
 * the address it received the request from to X-Forwarded-For, so the client is the entry the
 * outermost proxy wrote: counted from the right. Anything a client wrote to the left of it is
 * ignored, so a spoofed header cannot reset its limits. (Without a header, Next fills in the
 * socket address itself.)
 */
import ipaddr from "ipaddr.js";
import { env } from "@/lib/platform/env";

export function getClientIp(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate =
    chain[Math.max(0, chain.length - Math.max(1, trustedHops))] ?? headers.get("x-real-ip") ?? "";
  return normalizeIp(candidate) ?? "unknown";
}

function normalizeIp(value: string): string | null {
  const bare = value.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return null;
  const parsed = ipaddr.parse(bare);
  // ::ffff:1.2.3.4 and 1.2.3.4 are the same client.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  return parsed.toString();
}

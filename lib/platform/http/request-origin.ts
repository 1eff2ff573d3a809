/**
 * Where a request came from, for the audit trail: the client address as rate limits see it
 * (AC-IP-1) and the user agent. For server actions and next-auth events, which have no Request
 * object; route handlers use originOf(req).
 */
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { AuditOrigin } from "@/lib/platform/audit";
import { getClientIp } from "./client-ip";

export function originOf(h: Headers): AuditOrigin {
  return { ip: getClientIp(h), userAgent: h.get("user-agent") };
}

/** The current request's origin, or nothing outside a request (scripts, background work). */
export async function requestOrigin(): Promise<AuditOrigin> {
  try {
    return originOf(await headers());
  } catch (e) {
    // Next's own control-flow errors (dynamic rendering, postponing) must reach Next.
    unstable_rethrow(e);
    return {};
  }
}

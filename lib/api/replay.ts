/**
 * Anonymous API answers the request guard sends again itself (cache-handlers/page-hits.mjs). A
 * route offers a response built only from 'use cache' data with `replayOffer(op)`; the guard
 * records it, and answers the next anonymous GETs of the same address from it while that data
 * stays fresh, each counted against the operation's anonymous rate limit here, on the key withApi
 * uses (`ip:<client>`). A caller over its limit is handed to the route, which answers 429.
 */
import "server-only";
import { REPLAY_HEADER, setReplayGate } from "@/cache-handlers/page-hits.mjs";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { consumeRateLimit, rateLimits, type RateLimitName } from "@/lib/platform/rate-limit";
import type { ApiOperation } from "./spec";

/** The limit an anonymous call of `op` counts against (withApi). */
export const anonymousLimit = (op: ApiOperation): RateLimitName =>
  op.rateLimit?.anon ?? (op.method === "GET" ? "api-read" : "api-write");

/** Headers that offer an anonymous answer of `op` to the guard (only ever from its anonymous branch). */
export function replayOffer(op: ApiOperation): Record<string, string> {
  return { [REPLAY_HEADER]: anonymousLimit(op) };
}

setReplayGate(async (limit, req) => {
  if (!Object.hasOwn(rateLimits, limit)) return false;
  // As Next fills it in before the route runs (the socket's address when no proxy wrote one).
  const headers = new Headers();
  const forwarded = req.headers["x-forwarded-for"] ?? req.socket.remoteAddress;
  if (forwarded) headers.set("x-forwarded-for", String(forwarded));
  const realIp = req.headers["x-real-ip"];
  if (typeof realIp === "string") headers.set("x-real-ip", realIp);
  try {
    await consumeRateLimit(limit as RateLimitName, `ip:${getClientIp(headers)}`);
    return true;
  } catch {
    return false;
  }
});

import "server-only";
import { env } from "@/lib/platform/env";
import { safeFetch } from "@/lib/platform/fetch";
import { pythonUrlencode, voucherSignature } from "./utils";

export type VoucherApi = {
  host: string;
  key: string;
  secret: string;
  /** https in production; the tests' local server speaks http. */
  scheme?: "https" | "http";
  /** Test-only: let safeFetch reach a server on a private address. */
  allowPrivateHostsForTests?: string[];
};

/**
 * The PyCon API of the environment (PYCON_API_HOST, _KEY, _SECRET), or null when any is missing.
 * Always https, through safeFetch's SSRF guard; only under NODE_ENV=test, where safeFetch itself
 * allows it, a host on 127.0.0.1 is the tests' local stand-in and spoken to over http.
 */
export function pyconApiFromEnv(): VoucherApi | null {
  const { PYCON_API_HOST: host, PYCON_API_KEY: key, PYCON_API_SECRET: secret } = env;
  if (!host || !key || !secret) return null;
  if (env.NODE_ENV === "test" && /^127\.0\.0\.1:\d+$/.test(host))
    return { host, key, secret, scheme: "http", allowPrivateHostsForTests: ["127.0.0.1"] };
  return { host, key, secret };
}

/** The PyCon API's GET /{year}/api/vouchers/ with the signed headers; the parsed JSON answer. */
export async function requestVoucher(
  api: VoucherApi,
  year: number,
  query: [string, string | number][],
  now = new Date(),
) {
  const uri = `/${year}/api/vouchers/`;
  const qs = pythonUrlencode(query);
  const timestamp = Math.floor(now.getTime() / 1000);
  const res = await safeFetch(`${api.scheme ?? "https"}://${api.host}${uri}?${qs}`, {
    headers: {
      "X-API-Key": api.key,
      "X-API-Signature": voucherSignature(api.secret, timestamp, "GET", `${uri}?${qs}`),
      "X-API-Timestamp": String(timestamp),
      accept: "application/json",
    },
    protocols: api.scheme === "http" ? ["http:"] : ["https:"],
    allowedHosts: [api.host.replace(/:\d+$/, "")],
    acceptStatus: () => true,
    timeoutMs: 30_000,
    maxBytes: 100_000,
    ...(api.allowPrivateHostsForTests ? { allowPrivateHostsForTests: api.allowPrivateHostsForTests } : {}),
  });
  try {
    return JSON.parse(res.body) as { code?: number; data?: { promo_code?: string } };
  } catch {
    return { code: res.status };
  }
}

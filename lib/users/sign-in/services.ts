/**
 * AC-AUTH-1: failed sign-ins are limited per identifier+IP (5 per 5 minutes; then even the right
 * password gets 429 until the window ends), and per IP (10 per minute, 100 per day). Checked
 * before next-auth runs; a success clears the identifier+IP count. The 429 body is the same
 * whether or not the account exists.
 */
import "server-only";
import { createHash } from "node:crypto";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { checkRateLimit, recordFailure, resetRateLimit } from "@/lib/platform/rate-limit";
import { recordAudit } from "@/lib/platform/audit";

const identifierKey = (login: string, ip: string) =>
  `${createHash("sha256").update(login.trim().toLowerCase()).digest("hex").slice(0, 32)}:${ip}`;

function tooMany(retryAfter: number): Response {
  const url = new URL("/accounts/login/?error=RateLimited", env.SITE_URL).toString();
  return Response.json(
    { url },
    { status: 429, headers: { "retry-after": String(retryAfter), "cache-control": "no-store" } },
  );
}

/** A successful credentials callback sets the session cookie; a failure does not. */
function signedIn(res: Response): boolean {
  return (res.headers.getSetCookie?.() ?? []).some((c) => /next-auth\.session-token=[^;]/.test(c));
}

/**
 * The login next-auth will see, read exactly as next-auth reads the body (next-auth/next/utils
 * getBody: JSON, or a form through Object.fromEntries, where the last of repeated fields wins),
 * so a decoy field or another encoding cannot charge the failures to some other identifier.
 */
export async function loginOf(req: Request): Promise<string> {
  if (req.method !== "POST") return "";
  const type = req.headers.get("content-type") ?? "";
  try {
    let body: unknown;
    if (type.includes("application/json")) body = await req.clone().json();
    else if (type.includes("application/x-www-form-urlencoded"))
      body = Object.fromEntries(new URLSearchParams(await req.clone().text()));
    const login = (body as { login?: unknown } | null | undefined)?.login;
    // lib/users/session/services.ts authorize() reads String(credentials.login ?? "").
    return login == null ? "" : String(login as string);
  } catch {
    return "";
  }
}

export async function guardCredentialsSignIn(
  req: Request,
  run: (req: Request) => Promise<Response>,
): Promise<Response> {
  const ip = getClientIp(req.headers);
  const login = await loginOf(req);
  const idKey = identifierKey(login, ip);
  try {
    await checkRateLimit("login-fail-ip-day", ip);
    await checkRateLimit("login-fail-ip-minute", ip);
    await checkRateLimit("login-fail-id-ip", idKey);
  } catch (e) {
    if (e instanceof AppError && e.retryAfter) {
      await recordAudit({
        action: "login.rate_limited",
        ip,
        userAgent: req.headers.get("user-agent"),
        detail: { identifier: idKey.slice(0, 12) },
      });
      return tooMany(e.retryAfter);
    }
    throw e;
  }
  const res = await run(req);
  if (signedIn(res)) {
    await resetRateLimit("login-fail-id-ip", idKey);
    // The success itself is audited by next-auth's signIn event (lib/users/session/services.ts), which knows the user.
  } else {
    await Promise.all([
      recordFailure("login-fail-id-ip", idKey),
      recordFailure("login-fail-ip-minute", ip),
      recordFailure("login-fail-ip-day", ip),
    ]);
    await recordAudit({
      action: "login.failure",
      ip,
      userAgent: req.headers.get("user-agent"),
      detail: { identifier: idKey.slice(0, 12) },
    });
  }
  return res;
}

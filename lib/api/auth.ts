/**
 * API authentication by header only (python.org never accepted API sessions for writes):
 * `Authorization: ApiKey <username>:<key>` (Tastypie, v1) and `Authorization: Token <key>`
 * (DRF, v2). Keys are looked up by their SHA-256 hash. Bad credentials are always 401; a valid
 * principal without the operation's role is 403.
 */
import "server-only";
import type { ApiOperation, Role } from "./spec";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors";
import { findApiKeyPrincipal, touchApiKey } from "@/lib/users/data";
import type { Principal } from "@/lib/users/types";
import { hashApiKey } from "@/lib/users/utils";
import { drfMessages } from "./errors";

function unauthorized(op: ApiOperation, message = "Invalid credentials."): AppError {
  return new AppError("unauthorized", op.errors === "drf" ? drfMessages.invalidToken : message);
}

export async function authenticate(req: Request, op: ApiOperation): Promise<Principal | null> {
  const schemes = op.auth ?? [];
  if (schemes.includes("apikey")) {
    // Tastypie's legacy ?username=&api_key= credentials are refused outright (AC-API-1).
    const params = new URL(req.url).searchParams;
    if (params.has("username") || params.has("api_key"))
      throw unauthorized(op, "Send credentials in the Authorization header.");
  }
  const header = req.headers.get("authorization")?.trim();
  if (!header) {
    if (!schemes.includes("session")) return null;
    const principal = await getSessionPrincipal();
    if (principal && !["GET", "HEAD"].includes(req.method)) assertSameOrigin(req);
    return principal;
  }
  const space = header.indexOf(" ");
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const value = space < 0 ? "" : header.slice(space + 1).trim();
  let principal: Principal | null = null;
  if (scheme === "apikey" && schemes.includes("apikey")) {
    const colon = value.indexOf(":");
    if (colon <= 0 || colon === value.length - 1) throw unauthorized(op);
    principal = await findApiKeyPrincipal(
      "v1_apikey",
      hashApiKey(value.slice(colon + 1)),
      value.slice(0, colon),
    );
  } else if (scheme === "token" && schemes.includes("token")) {
    if (!value || value.includes(" ")) throw unauthorized(op);
    principal = await findApiKeyPrincipal("v2_token", hashApiKey(value));
  } else if (op.errors === "drf") {
    return null; // DRF ignores schemes it does not know: the request is anonymous.
  } else {
    throw unauthorized(op, "Unsupported authorization scheme.");
  }
  if (!principal) throw unauthorized(op);
  if (principal.apiKeyId) await touchApiKey(principal.apiKeyId);
  return principal;
}

/**
 * Cookie-authenticated writes must come from our own pages (AC-CSRF-2): Next checks origins for
 * server actions only, not for route handlers.
 */
function assertSameOrigin(req: Request): void {
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const ours = new URL(env.SITE_URL).origin;
  const sameOrigin = origin ? origin === ours || origin === new URL(req.url).origin : site === "same-origin";
  if (!sameOrigin || (site && !["same-origin", "none"].includes(site)))
    throw new AppError("forbidden", "Cross-site request refused.");
}

export function hasRole(principal: Principal, role: Role): boolean {
  if (role === "signed-in" || principal.isSuperuser) return true;
  if (role === "staff") return principal.isStaff;
  if (role === "superuser") return false;
  return principal.isStaff || principal.permissions.includes(role.permission);
}

/** 401 when the operation needs a role and nobody is signed in; 403 when the role is missing. */
export function checkRole(op: ApiOperation, principal: Principal | null): void {
  if (!op.role) return;
  if (!principal)
    throw new AppError(
      "unauthorized",
      op.errors === "drf" ? drfMessages.notAuthenticated : "Authentication required.",
    );
  if (!hasRole(principal, op.role)) throw new AppError("forbidden", "You are not allowed to do this.");
}

/**
 * The audit trail (AC-LOG-1): who did what, when and from where, in the audit_log table and the
 * structured log. Like the logger, it is infrastructure every layer may call: the client address
 * and browser are read from the current request (route handler, server action, next-auth event)
 * unless the caller gives them.
 */
import "server-only";
import { headers } from "next/headers";
import { getClientIp } from "./client-ip";
import { db } from "./db";
import { log } from "./log";

export type AuditEntry = {
  action: string; // e.g. "login.success", "apikey.created", "password.reset"
  actorId?: number | null;
  targetType?: string;
  targetId?: string | number;
  ip?: string;
  userAgent?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

/** Where the current request came from (AC-IP-1); nothing outside a request (scripts, jobs). */
async function requestOrigin(): Promise<{ ip?: string; userAgent?: string | null }> {
  try {
    const h = await headers();
    return { ip: getClientIp(h), userAgent: h.get("user-agent") };
  } catch {
    return {};
  }
}

/**
 * AC-LOG-1: security events in the audit table and the structured log. Callers pass ids and
 * hashed identifiers only: never passwords, tokens or session values. The client address and
 * browser come from the current request unless given. Never throws: a failed audit write is
 * logged and the user's request goes on.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  if (entry.ip === undefined) entry = { ...(await requestOrigin()), ...entry };
  const data = {
    action: entry.action,
    actorId: entry.actorId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    ip: entry.ip?.slice(0, 64) ?? null,
    userAgent: entry.userAgent?.slice(0, 500) ?? null,
    detail: entry.detail ?? {},
  };
  log.info({ audit: true, ...data, userAgent: undefined }, entry.action);
  await db.auditLog
    .create({ data })
    // The actor may be gone (a deleted account signing out): keep the entry, unattributed.
    .catch((e: unknown) =>
      (e as { code?: string }).code === "P2003" && data.actorId !== null
        ? db.auditLog.create({
            data: { ...data, actorId: null, detail: { ...data.detail, formerActorId: data.actorId } },
          })
        : Promise.reject(e),
    )
    .catch((e: unknown) => log.error({ err: e, action: entry.action }, "audit write failed"));
}

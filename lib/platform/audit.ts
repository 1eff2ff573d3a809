/**
 * The audit trail (AC-LOG-1): who did what, when and from where, in the audit_log table and the
 * structured log. "From where" is passed in: actions, route handlers and next-auth events read it
 * from their request (lib/platform/http/request-origin.ts) and hand it to the mutations they call, which take it
 * as an explicit argument (STYLE.md: the data layer never reads the request).
 */
import "server-only";
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

/** The client address (AC-IP-1) and browser of the request behind an audited action. */
export type AuditOrigin = { ip?: string; userAgent?: string | null };

/**
 * AC-LOG-1: security events in the audit table and the structured log. Callers pass ids and
 * hashed identifiers only: never passwords, tokens or session values. Never throws: a failed audit write is
 * logged and the user's request goes on.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
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

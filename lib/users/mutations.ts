import "server-only";
import { cacheDelete } from "@/lib/cache";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import type { ApiKeyKind } from "@/lib/generated/prisma/client";
import { generateApiKey } from "./utils";

/** Creates a key and returns it in clear, once; only its hash is stored. */
export async function createApiKey(userId: number, kind: ApiKeyKind, name = ""): Promise<string> {
  const { key, keyHash, prefix } = generateApiKey();
  await db.apiKey.create({ data: { userId, kind, keyHash, prefix, name } });
  return key;
}

export async function revokeApiKey(userId: number, apiKeyId: number): Promise<boolean> {
  const r = await db.apiKey.updateMany({
    where: { id: apiKeyId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return r.count === 1;
}

export type AuditEntry = {
  action: string; // e.g. "login.success", "apikey.created", "password.reset"
  actorId?: number | null;
  targetType?: string;
  targetId?: string | number;
  ip?: string;
  userAgent?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

/**
 * AC-LOG-1: security events in the audit table and the structured log. Callers pass ids and
 * hashed identifiers only: never passwords, tokens or session values. Never throws: a failed
 * audit write is logged and the user's request goes on.
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
    .catch((e: unknown) => log.error({ err: e, action: entry.action }, "audit write failed"));
}

/**
 * AC-SESS-3: disabling an account (or "sign out everywhere") moves the session version on, so
 * every session of the user fails its next check; the cached check is dropped at once.
 */
export async function setUserActive(userId: number, active: boolean, actorId: number): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { isActive: active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
  });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    action: active ? "user.activated" : "user.deactivated",
    actorId,
    targetType: "user",
    targetId: userId,
  });
}

export async function signOutEverywhere(userId: number, actorId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({ action: "user.signed_out_everywhere", actorId, targetType: "user", targetId: userId });
}

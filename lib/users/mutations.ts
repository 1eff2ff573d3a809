import "server-only";
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

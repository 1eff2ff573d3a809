import "server-only";
import { db } from "@/lib/platform/db";

/**
 * Denies a signed-out session (AC-SESS-2) until it would have expired anyway, and sweeps the
 * ids whose sessions have expired since.
 */
export async function revokeSession(sessionId: string, userId: number | null, expiresAt: Date) {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({
      where: { sessionId },
      create: { sessionId, userId, expiresAt },
      update: {},
    }),
  ]);
}

import "server-only";
import { db } from "@/lib/platform/db";
import type { SignedInUser } from "@/lib/users/session/data";

/** The active account an already linked identity signs in (read by the JWT callback). */
export async function getOAuthUser(
  provider: string,
  providerAccountId: string,
): Promise<SignedInUser | null> {
  const row = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, username: true, sessionVersion: true, isActive: true } } },
  });
  return row?.user.isActive
    ? { id: row.user.id, username: row.user.username, sessionVersion: row.user.sessionVersion }
    : null;
}

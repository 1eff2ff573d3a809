import "server-only";
import { db } from "@/lib/platform/db";

/** What the password and confirmation pages need to know about the signed-in account. */
export async function getAccountState(userId: number) {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, emailVerified: true, password: true },
  });
  if (!row) return null;
  return { email: row.email, verified: row.emailVerified !== null, hasPassword: Boolean(row.password) };
}

import "server-only";
import { db } from "@/lib/platform/db";
import { hashPassword, verifyPassword } from "@/lib/users/passwords/utils";

// Verified against when the login matches nobody, so unknown users cost the same time as wrong
// passwords (AC-AUTH-2). The password behind it is random and discarded.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export type SignedInUser = { id: number; username: string; sessionVersion: number };

/** Thrown for the right password on an account whose address is not confirmed yet (allauth "mandatory"). */
export class EmailNotVerifiedError extends Error {
  constructor() {
    super("EmailNotVerified");
  }
}

/**
 * Credentials check for sign-in: username or email, case-insensitive. Inactive users fail like
 * a wrong password. A Django PBKDF2 (or weaker argon2) hash is replaced by a fresh argon2id one.
 */
export async function checkCredentials(login: string, password: string): Promise<SignedInUser | null> {
  const needle = login.trim();
  if (!needle || !password) return null;
  const user = await db.user.findFirst({
    where: needle.includes("@")
      ? { email: { equals: needle, mode: "insensitive" } }
      : { username: { equals: needle, mode: "insensitive" } },
    select: {
      id: true,
      username: true,
      password: true,
      isActive: true,
      sessionVersion: true,
      emailVerified: true,
    },
    orderBy: { id: "asc" },
  });
  const check = await verifyPassword(user?.password ?? (await getDummyHash()), password);
  if (!user || !check.ok || !user.isActive) return null;
  if (!user.emailVerified) throw new EmailNotVerifiedError();
  await db.user.update({
    where: { id: user.id },
    data: { lastLogin: new Date(), ...(check.needsRehash ? { password: await hashPassword(password) } : {}) },
  });
  return { id: user.id, username: user.username, sessionVersion: user.sessionVersion };
}

/** What a session may still act as: null when the user is gone, disabled, or was signed out everywhere. */
export async function getSessionPrincipalRow(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      isActive: true,
      isStaff: true,
      isSuperuser: true,
      sessionVersion: true,
      permissions: { select: { permission: { select: { codename: true } } } },
      groups: {
        select: {
          group: { select: { permissions: { select: { permission: { select: { codename: true } } } } } },
        },
      },
    },
  });
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sessionId } })) > 0;
}

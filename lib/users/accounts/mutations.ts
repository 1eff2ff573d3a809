/**
 * Sign-up, email verification and password reset (tokens and their mail: ./tokens/mutations.ts;
 * e-mail change: ./email/mutations.ts). Responses never reveal whether an email address has an
 * account (AC-AUTH-2): the caller shows the same message either way.
 */
import "server-only";
import { cacheDelete } from "@/lib/platform/cache";
import { db } from "@/lib/platform/db";
import { fromPrismaError, isAppError } from "@/lib/platform/errors";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { hashPassword, verifyPassword } from "@/lib/users/passwords/utils";
import { consumeToken, HOUR, issueToken, link, sendAccountMail } from "@/lib/users/accounts/tokens/mutations";
import { accountExistsMail, resetMail, verificationMail } from "./utils";

export type SignUpInput = { username: string; email: string; password: string };

/** "username_taken" is the only outcome shown differently (usernames are public anyway). */
export async function signUp(
  input: SignUpInput,
  origin: AuditOrigin = {},
): Promise<"sent" | "username_taken"> {
  const taken = () =>
    db.user.findFirst({
      where: { username: { equals: input.username, mode: "insensitive" } },
      select: { id: true },
    });
  const existing = () =>
    db.user.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" } },
      select: { username: true },
    });
  // The address's owner is told by mail, never on the page (AC-AUTH-2).
  const toldByMail = async (owner: { username: string }) => {
    await sendAccountMail(
      "exists",
      input.email,
      accountExistsMail(owner.username, link("/accounts/password/reset/")),
    );
    return "sent" as const;
  };
  if (await taken()) return "username_taken";
  const owner = await existing();
  if (owner) return toldByMail(owner);
  const password = await hashPassword(input.password);
  const user = await db.user
    .create({ data: { username: input.username, email: input.email, password }, select: { id: true } })
    .catch(async (e: unknown) => {
      // Two sign-ups at once: the unique indexes on lower(username) and lower(email) decide, and
      // the one that lost gets the answer it would have had a moment later.
      const mapped = fromPrismaError(e);
      if (!isAppError(mapped) || mapped.code !== "conflict") throw mapped;
      if (await taken()) return "username_taken" as const;
      const winner = await existing();
      if (winner) return toldByMail(winner);
      throw mapped;
    });
  if (typeof user === "string") return user;
  const token = await issueToken(user.id, "email_verify", 24 * HOUR);
  await sendAccountMail(
    "verify",
    input.email,
    verificationMail(input.username, link(`/accounts/confirm-email/${token}/`)),
  );
  await recordAudit({
    ...origin,
    action: "account.signup",
    actorId: user.id,
    targetType: "user",
    targetId: user.id,
  });
  return "sent";
}

export async function confirmEmail(token: string, origin: AuditOrigin = {}): Promise<boolean> {
  const userId = await consumeToken(token, "email_verify");
  if (!userId) return false;
  await db.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  await recordAudit({
    ...origin,
    action: "account.email_verified",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return true;
}

/** Sends a reset link when the address belongs to an active account; silent otherwise. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, isActive: true },
    select: { id: true, username: true, email: true },
  });
  if (!user) return;
  const token = await issueToken(user.id, "password_reset", HOUR);
  await sendAccountMail(
    "reset",
    user.email,
    resetMail(user.username, link(`/accounts/password/reset/key/${token}/`)),
  );
}

/**
 * Sets a new password with a reset token. Signs the user out everywhere (session version bump)
 * and counts as verifying the address the link was sent to.
 */
export async function resetPassword(
  token: string,
  password: string,
  origin: AuditOrigin = {},
): Promise<boolean> {
  const userId = await consumeToken(token, "password_reset");
  if (!userId) return false;
  await db.user.update({
    where: { id: userId },
    data: {
      password: await hashPassword(password),
      sessionVersion: { increment: 1 },
      emailVerified: new Date(),
    },
  });
  // Revocation takes effect now, not when the cached session check expires (lib/users/session/services.ts).
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    ...origin,
    action: "password.reset",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return true;
}

/**
 * AC-SESS-5: a password change needs the current password. It signs out every session,
 * including this one (the session version moves on), so a stolen session dies with it.
 */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
  origin: AuditOrigin = {},
): Promise<"changed" | "wrong_password"> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { password: true } });
  const check = await verifyPassword(user?.password, current);
  if (!check.ok) {
    await recordAudit({
      ...origin,
      action: "password.change_refused",
      actorId: userId,
      targetType: "user",
      targetId: userId,
    });
    return "wrong_password";
  }
  await db.user.update({
    where: { id: userId },
    data: { password: await hashPassword(next), sessionVersion: { increment: 1 } },
  });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    ...origin,
    action: "password.changed",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return "changed";
}

/**
 * allauth PasswordSetView: an account without a password (an OAuth-only sign-up) sets its first
 * one. Only while it has none (checked in the same statement), so this never replaces a password
 * without the current one. The session stays: nothing it could do before is taken away.
 */
export async function setFirstPassword(
  userId: number,
  password: string,
  origin: AuditOrigin = {},
): Promise<"set" | "has_password"> {
  const hashed = await hashPassword(password);
  const { count } = await db.user.updateMany({
    where: { id: userId, password: null },
    data: { password: hashed },
  });
  if (count !== 1) return "has_password";
  await recordAudit({
    ...origin,
    action: "password.set",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return "set";
}

/** Staff "resend verification": a fresh link to an account whose address is not confirmed. */
export async function resendVerification(
  userId: number,
  actorId: number,
  origin: AuditOrigin = {},
): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { username: true, email: true, emailVerified: true, isActive: true },
  });
  if (!user || user.emailVerified || !user.isActive || !user.email) return false;
  const token = await issueToken(userId, "email_verify", 24 * HOUR);
  await sendAccountMail(
    "verify",
    user.email,
    verificationMail(user.username, link(`/accounts/confirm-email/${token}/`)),
  );
  await recordAudit({
    ...origin,
    action: "account.verification_resent",
    actorId,
    targetType: "user",
    targetId: userId,
  });
  return true;
}

/** Staff "send password reset" from the users screen (same link and limits as the public form). */
export async function requestPasswordResetFor(
  userId: number,
  actorId: number,
  origin: AuditOrigin = {},
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user?.email) return;
  await requestPasswordReset(user.email);
  await recordAudit({
    ...origin,
    action: "password.reset_sent_by_staff",
    actorId,
    targetType: "user",
    targetId: userId,
  });
}

/**
 * Changing the account's e-mail address (AC-SESS-5): asked for with the current password,
 * applied only when the link mailed to the new address is opened.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { verifyPassword } from "@/lib/users/passwords/utils";
import { emailChangeMail } from "@/lib/users/accounts/utils";
import { consumeToken, hashToken, HOUR, issueToken, link, sendAccountMail } from "@/lib/users/accounts/tokens/mutations";

/**
 * AC-SESS-5: a new address needs the current password. The change happens only when the link
 * mailed to the new address is opened. OAuth-only accounts (no
 * password) set one through the reset link first.
 */
export async function requestEmailChange(
  userId: number,
  current: string,
  newEmail: string,
  origin: AuditOrigin = {},
): Promise<"sent" | "wrong_password" | "same_address"> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { username: true, email: true, password: true },
  });
  const check = await verifyPassword(user?.password, current);
  if (!user || !check.ok) {
    await recordAudit({
      ...origin,
      action: "email.change_refused",
      actorId: userId,
      targetType: "user",
      targetId: userId,
    });
    return "wrong_password";
  }
  if (user.email.toLowerCase() === newEmail.toLowerCase()) return "same_address";
  // An address that already has an account is not revealed: the mail simply never changes anything.
  const taken = await db.user.findFirst({
    where: { email: { equals: newEmail, mode: "insensitive" }, id: { not: userId } },
    select: { id: true },
  });
  if (!taken) {
    const token = await issueToken(userId, "email_change", 24 * HOUR, newEmail);
    await sendAccountMail(
      "email-change",
      newEmail,
      emailChangeMail(user.username, link(`/accounts/email/confirm/${token}/`)),
    );
  }
  await recordAudit({
    ...origin,
    action: "email.change_requested",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return "sent";
}

/** Applies an email change from its link; false when the link is invalid or the address was taken meanwhile. */
export async function confirmEmailChange(token: string, origin: AuditOrigin = {}): Promise<boolean> {
  const tokenHash = hashToken(token);
  const row = await db.userToken.findUnique({
    where: { tokenHash },
    select: { newEmail: true, purpose: true },
  });
  if (!row?.newEmail || row.purpose !== "email_change") return false;
  const userId = await consumeToken(token, "email_change");
  if (!userId) return false;
  const taken = await db.user.findFirst({
    where: { email: { equals: row.newEmail, mode: "insensitive" }, id: { not: userId } },
    select: { id: true },
  });
  if (taken) return false;
  await db.user.update({ where: { id: userId }, data: { email: row.newEmail, emailVerified: new Date() } });
  await recordAudit({
    ...origin,
    action: "email.changed",
    actorId: userId,
    targetType: "user",
    targetId: userId,
  });
  return true;
}

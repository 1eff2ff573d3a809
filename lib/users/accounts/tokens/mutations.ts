/**
 * One-time account links shared by sign-up, password reset and e-mail change: tokens are 256
 * random bits, only their SHA-256 is stored, each is single use and expires; and the per-address
 * limit on the mail that carries them.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { consumeRateLimit } from "@/lib/platform/rate-limit";
import type { TokenPurpose } from "@/lib/generated/prisma/client";

export const HOUR = 3_600_000;
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const link = (path: string) => new URL(path, env.SITE_URL).toString();

export async function issueToken(
  userId: number,
  purpose: TokenPurpose,
  ttlMs: number,
  newEmail?: string,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.userToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs), newEmail },
  });
  return token;
}

/** Marks a valid token used and returns its user, or null (unknown, used, expired). */
export async function consumeToken(token: string, purpose: TokenPurpose): Promise<number | null> {
  const tokenHash = hashToken(token);
  const claimed = await db.userToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1) return null;
  return (await db.userToken.findUnique({ where: { tokenHash }, select: { userId: true } }))?.userId ?? null;
}

/**
 * Account mail is limited per target address, so nobody can flood an inbox (AC-EMAIL-1): one of
 * each kind per 3 minutes, five in all per day.
 */
export async function sendAccountMail(
  kind: "verify" | "exists" | "reset" | "email-change",
  to: string,
  mail: { subject: string; text: string },
) {
  const address = to.toLowerCase();
  try {
    await consumeRateLimit("account-mail-3min", `mail:${kind}:${address}`);
    await consumeRateLimit("account-mail-day", `mail:${address}`);
  } catch {
    log.info({ event: "account.mail_throttled" }, "account mail to one address throttled");
    return;
  }
  await sendMail({ to, ...mail });
}

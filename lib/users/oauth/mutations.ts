/**
 * Sign-in through GitHub or Google. An identity already linked (provider + account id) signs in
 * its account. Otherwise an address the provider has verified links the identity to the account
 * with that address, or creates one; an unverified address never links or creates anything
 * (ecosystem §2.2: no dangerous email linking). When the matching account never confirmed its
 * address, whoever set its password may not own the address: the password is dropped and its
 * sessions are revoked before the owner signs in.
 */
import "server-only";
import { cacheDelete } from "@/lib/platform/cache";
import { db } from "@/lib/platform/db";
import type { SignedInUser } from "@/lib/users/session/data";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { usernameBase, type OAuthIdentity } from "./utils";

export type OAuthSignInResult =
  | { ok: true; user: SignedInUser; created: boolean }
  | { ok: false; reason: "OAuthEmailUnverified" | "AccountDisabled" };

const userSelect = { id: true, username: true, sessionVersion: true, isActive: true } as const;

async function freeUsername(base: string): Promise<string> {
  const taken = await db.user.findMany({
    where: { username: { startsWith: base, mode: "insensitive" } },
    select: { username: true },
  });
  const names = new Set(taken.map((u) => u.username.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!names.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}

export async function signInWithOAuth(
  identity: OAuthIdentity,
  origin: AuditOrigin = {},
): Promise<OAuthSignInResult> {
  const key = { provider: identity.provider, providerAccountId: identity.providerAccountId };
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: key },
    select: { user: { select: userSelect } },
  });
  if (linked) {
    if (!linked.user.isActive) return { ok: false, reason: "AccountDisabled" };
    await db.user.update({ where: { id: linked.user.id }, data: { lastLogin: new Date() } });
    return { ok: true, user: linked.user, created: false };
  }
  if (!identity.email || !identity.emailVerified) return { ok: false, reason: "OAuthEmailUnverified" };

  const email = identity.email;
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      select: { ...userSelect, emailVerified: true },
      orderBy: { id: "asc" },
    });
    if (existing && !existing.isActive) return null;
    if (existing) {
      const user = existing.emailVerified
        ? existing
        : await tx.user.update({
            where: { id: existing.id },
            data: { emailVerified: new Date(), password: null, sessionVersion: { increment: 1 } },
            select: { ...userSelect, emailVerified: true },
          });
      await tx.account.create({ data: { ...key, userId: user.id, type: "oauth" } });
      await tx.user.update({ where: { id: user.id }, data: { lastLogin: new Date() } });
      return { user, created: false, claimedUnverified: !existing.emailVerified };
    }
    const user = await tx.user.create({
      data: {
        username: await freeUsername(usernameBase(identity)),
        email,
        emailVerified: new Date(),
        password: null,
        firstName: (identity.name ?? "").slice(0, 150),
        lastLogin: new Date(),
        accounts: { create: { ...key, type: "oauth" } },
      },
      select: userSelect,
    });
    return { user, created: true, claimedUnverified: false };
  });
  if (!result) return { ok: false, reason: "AccountDisabled" };
  const { user, created, claimedUnverified } = result;
  if (claimedUnverified) await cacheDelete(`session-user:${user.id}`);
  await recordAudit({
    ...origin,
    action: created ? "signup.oauth" : "oauth.linked",
    actorId: user.id,
    targetType: "user",
    targetId: user.id,
    detail: { provider: identity.provider, passwordDropped: claimedUnverified },
  });
  return {
    ok: true,
    user: { id: user.id, username: user.username, sessionVersion: user.sessionVersion },
    created,
  };
}

import "server-only";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { cacheDelete } from "@/lib/platform/cache";
import { purgeUrl } from "@/lib/platform/cdn/cdn";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError, isAppError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import type { ApiKeyKind } from "@/lib/generated/prisma/client";
import { USERNAME_TAKEN, type ProfileInput, type UserRolesInput } from "./schema";
import { verifyPassword } from "./passwords/utils";
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

/**
 * AC-SESS-3: disabling an account (or "sign out everywhere") moves the session version on, so
 * every session of the user fails its next check; the cached check is dropped at once.
 */
export async function setUserActive(
  userId: number,
  active: boolean,
  actorId: number,
  origin: AuditOrigin = {},
): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { isActive: active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
  });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    ...origin,
    action: active ? "user.activated" : "user.deactivated",
    actorId,
    targetType: "user",
    targetId: userId,
  });
}

export async function signOutEverywhere(
  userId: number,
  actorId: number,
  origin: AuditOrigin = {},
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    ...origin,
    action: "user.signed_out_everywhere",
    actorId,
    targetType: "user",
    targetId: userId,
  });
}

// A CDN may hold the public profile page for visitors; a failed purge is logged by lib/cdn.
const purgeProfile = (username: string) => purgeUrl(`/users/${username}/`).catch(() => undefined);

/**
 * The owner's own settings (apps/users/views.py UserUpdate). The username is unique whatever its
 * case ("A user with that username already exists."); a new one moves the public page, so both
 * addresses leave the CDN, as does a profile made private. The bio is Markdown, stored rendered
 * and sanitized beside its source.
 */
export async function updateProfile(
  userId: number,
  input: ProfileInput,
  origin: AuditOrigin = {},
): Promise<{ username: string; previous: string }> {
  const taken = () => new AppError("conflict", USERNAME_TAKEN, { fields: { username: [USERNAME_TAKEN] } });
  const { bio, ...rest } = input;
  const result = await db
    .$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
      const clash = await tx.user.findFirst({
        where: { username: { equals: input.username, mode: "insensitive" }, id: { not: userId } },
        select: { id: true },
      });
      if (clash) throw taken();
      await tx.user.update({
        where: { id: userId },
        data: { ...rest, bio, bioMarkupType: "markdown", bioRendered: renderMarkup(bio, "markdown") },
      });
      return { username: input.username, previous: before.username };
    })
    .catch((e: unknown) => {
      const mapped = fromPrismaError(e);
      // Two people taking the same name at once: the unique index decides.
      if (isAppError(mapped) && mapped.code === "conflict") throw taken();
      throw mapped;
    });
  // The session shows the username from the cached account row: drop it so the new one shows now.
  if (result.previous !== result.username) await cacheDelete(`session-user:${userId}`);
  await recordAudit({
    ...origin,
    action: "profile.updated",
    actorId: userId,
    targetType: "user",
    targetId: userId,
    ...(result.previous !== result.username
      ? { detail: { username: `${result.previous}→${result.username}` } }
      : {}),
  });
  await Promise.all([...new Set([result.previous, result.username])].map(purgeProfile));
  return result;
}

/**
 * Deletes an account (apps/users/views.py UserDeleteView). What the person created stays, without
 * attribution: creator/submitter references are SET NULL in the schema; their membership, keys,
 * tokens and linked identities go with them.
 */
export async function deleteAccount(
  userId: number,
  confirmation: string,
  origin: AuditOrigin = {},
): Promise<"deleted" | "not_confirmed"> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { username: true, password: true },
  });
  if (!user) return "not_confirmed";
  // The current password confirms it (AC-SESS-5); an account without one (OAuth only) types its username.
  const confirmed = user.password
    ? (await verifyPassword(user.password, confirmation)).ok
    : confirmation.trim().toLowerCase() === user.username.toLowerCase();
  if (!confirmed) {
    await recordAudit({
      ...origin,
      action: "account.delete_refused",
      actorId: userId,
      targetType: "user",
      targetId: userId,
    });
    return "not_confirmed";
  }
  // The audit trail keeps the entries (actor SET NULL) and this one names the deleted id.
  await db.user.delete({ where: { id: userId } });
  await cacheDelete(`session-user:${userId}`);
  await recordAudit({ ...origin, action: "account.deleted", targetType: "user", targetId: userId });
  await purgeProfile(user.username);
  return "deleted";
}

/**
 * Staff set a user's staff flag, superuser flag and groups in one transaction (AC-LOG-1: a role
 * change is audited with before and after). Sessions pick the new roles up within the cached
 * check's lifetime; the cache entry is dropped so it happens now.
 */
export async function setUserRoles(
  input: UserRolesInput,
  actor: { userId: number; isSuperuser: boolean },
  origin: AuditOrigin = {},
): Promise<"saved" | "superuser_only"> {
  const actorId = actor.userId;
  const before = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { isStaff: true, isSuperuser: true, groups: { select: { groupId: true } } },
  });
  // Compared with the stored value, not with anything the form says it was: only a superuser
  // makes one, unmakes one, or changes a superuser's staff flag and groups.
  if (!actor.isSuperuser && (before.isSuperuser || input.isSuperuser)) {
    await recordAudit({
      ...origin,
      action: "authz.denied",
      actorId,
      targetType: "user",
      targetId: input.userId,
      detail: { screen: "admin.users.superuser" },
    });
    return "superuser_only";
  }
  await db.$transaction([
    db.user.update({
      where: { id: input.userId },
      data: { isStaff: input.isStaff, isSuperuser: input.isSuperuser },
    }),
    db.userGroup.deleteMany({ where: { userId: input.userId } }),
    db.userGroup.createMany({ data: input.groupIds.map((groupId) => ({ userId: input.userId, groupId })) }),
  ]);
  await cacheDelete(`session-user:${input.userId}`);
  await recordAudit({
    ...origin,
    action: "user.roles_changed",
    actorId,
    targetType: "user",
    targetId: input.userId,
    detail: {
      staff: `${before.isStaff}→${input.isStaff}`,
      superuser: `${before.isSuperuser}→${input.isSuperuser}`,
      groups: `${before.groups.map((g) => g.groupId).join(",")}→${input.groupIds.join(",")}`,
    },
  });
  return "saved";
}

/**
 * AC-SESS-3's global epoch: every session of every user ends (the versions all move on; cached
 * checks expire within 60 s). For a leaked signing secret or a compromise; superusers only.
 */
export async function signOutEveryone(actorId: number, origin: AuditOrigin = {}): Promise<number> {
  const { count } = await db.user.updateMany({ data: { sessionVersion: { increment: 1 } } });
  await cacheDelete(`session-user:${actorId}`);
  await recordAudit({ ...origin, action: "user.signed_out_everyone", actorId, detail: { users: count } });
  return count;
}

import "server-only";
import { db } from "@/lib/platform/db";
import type { ApiKeyKind } from "@/lib/generated/prisma/client";
import type { Principal } from "./types";

const principalSelect = {
  id: true,
  username: true,
  isActive: true,
  isStaff: true,
  isSuperuser: true,
  permissions: { select: { permission: { select: { codename: true } } } },
  groups: {
    select: {
      group: { select: { permissions: { select: { permission: { select: { codename: true } } } } } },
    },
  },
} as const;

/**
 * The active user owning an unrevoked key of this kind, or null. For v1 keys the username in the
 * header must match the key's owner too (Tastypie ApiKeyAuthentication).
 */
export async function findApiKeyPrincipal(
  kind: ApiKeyKind,
  keyHash: string,
  username?: string,
): Promise<Principal | null> {
  const key = await db.apiKey.findUnique({
    where: { keyHash },
    select: { id: true, kind: true, revokedAt: true, user: { select: principalSelect } },
  });
  if (!key || key.kind !== kind || key.revokedAt || !key.user.isActive) return null;
  if (username !== undefined && key.user.username !== username) return null;
  const u = key.user;
  const permissions = new Set([
    ...u.permissions.map((p) => p.permission.codename),
    ...u.groups.flatMap((g) => g.group.permissions.map((p) => p.permission.codename)),
  ]);
  return {
    userId: u.id,
    username: u.username,
    isStaff: u.isStaff,
    isSuperuser: u.isSuperuser,
    permissions: [...permissions],
    via: kind === "v1_apikey" ? "apikey" : "token",
    apiKeyId: key.id,
  };
}

/** Records use at most once a minute per key (a cheap conditional update). */
export async function touchApiKey(apiKeyId: number): Promise<void> {
  await db.apiKey.updateMany({
    where: {
      id: apiKeyId,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - 60_000) } }],
    },
    data: { lastUsedAt: new Date() },
  });
}

export type ApiKeyRow = {
  id: number;
  name: string;
  kind: "v1_apikey" | "v2_token";
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** A user's unrevoked keys (prefix only: the key itself is never stored). */
export async function listApiKeys(userId: number): Promise<ApiKeyRow[]> {
  return db.apiKey.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, kind: true, prefix: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export type PublicProfile = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  dateJoined: Date;
  isActive: boolean;
  publicProfile: boolean;
  searchVisibility: number;
  /** The bio's Markdown, rendered and sanitized when it was saved. */
  bioRendered: string;
  membership: { membershipType: number; votes: boolean; created: Date } | null;
};

/** Case-insensitive, like sign-in; the caller decides who may see it (users/views.py UserDetail). */
export async function getProfile(username: string): Promise<PublicProfile | null> {
  return db.user.findFirst({
    where: { username: { equals: username, mode: "insensitive" } },
    select: {
      id: true,
      username: true,
      firstName: true,
      lastName: true,
      dateJoined: true,
      isActive: true,
      publicProfile: true,
      searchVisibility: true,
      bioRendered: true,
      membership: { select: { membershipType: true, votes: true, created: true } },
    },
  });
}

/** The signed-in user's own settings, for /users/edit/. */
export async function getOwnSettings(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      username: true,
      email: true,
      firstName: true,
      lastName: true,
      searchVisibility: true,
      emailPrivacy: true,
      publicProfile: true,
      bio: true,
      password: true,
      emailVerified: true,
    },
  });
}

export async function isSuperuserAccount(userId: number): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { isSuperuser: true } });
  return row?.isSuperuser ?? false;
}

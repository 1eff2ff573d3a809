import "server-only";
import { db } from "@/lib/platform/db";
import type { OwnMembership } from "./types";

export const ownMembershipSelect = {
  id: true,
  membershipType: true,
  legalName: true,
  preferredName: true,
  emailAddress: true,
  city: true,
  region: true,
  country: true,
  postalCode: true,
  psfCodeOfConduct: true,
  psfAnnouncements: true,
  votes: true,
  lastVoteAffirmation: true,
  created: true,
} as const;

export async function getMembershipOf(userId: number): Promise<OwnMembership | null> {
  return db.membership.findUnique({ where: { creatorId: userId }, select: ownMembershipSelect });
}

export async function getAccountEmail(userId: number): Promise<string> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  return row?.email ?? "";
}

/** Whose membership /users/membership/delete/<username>/ names (case-insensitive), or null. */
export async function getMembershipOwner(username: string) {
  return db.membership.findFirst({
    where: { creator: { username: { equals: username, mode: "insensitive" } } },
    select: { id: true, creatorId: true, creator: { select: { username: true } } },
  });
}

/**
 * Demo accounts: a superuser, a staff member, a job-board moderator and normal users. The
 * password comes from SEED_PASSWORD or is generated and printed once; nothing is fixed in code.
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/users/passwords/utils";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEMO_USERS = [
  {
    username: "admin",
    email: "admin@example.org",
    firstName: "Ada",
    lastName: "Lindqvist",
    isStaff: true,
    isSuperuser: true,
  },
  {
    username: "staff",
    email: "staff@example.org",
    firstName: "Samira",
    lastName: "Haddad",
    isStaff: true,
    isSuperuser: false,
  },
  {
    username: "moderator",
    email: "moderator@example.org",
    firstName: "Morgan",
    lastName: "Reyes",
    isStaff: false,
    isSuperuser: false,
  },
  {
    username: "editor",
    email: "editor@example.org",
    firstName: "Edwin",
    lastName: "Clarke",
    isStaff: false,
    isSuperuser: false,
  },
  {
    username: "alice",
    email: "alice@example.org",
    firstName: "Alice",
    lastName: "Moreau",
    isStaff: false,
    isSuperuser: false,
  },
  {
    username: "bob",
    email: "bob@example.org",
    firstName: "Bob",
    lastName: "Nakamura",
    isStaff: false,
    isSuperuser: false,
  },
] as const;

export const GROUPS: { name: string; permissions: string[] }[] = [
  { name: "Job Board Admin", permissions: ["jobs.moderate"] },
  { name: "Events Admin", permissions: ["events.manage"] },
  { name: "Events Moderator", permissions: ["events.moderate"] },
  { name: "Sponsors Admin", permissions: ["sponsors.manage"] },
  { name: "Sponsor Publisher", permissions: ["sponsors.publish"] },
  // Everything a visitor reads that is not a domain of its own: pages (and redirects), boxes,
  // menus, banners, code samples, board minutes, work groups, companies, news.
  {
    name: "Content Editor",
    permissions: [
      "pages.edit",
      "boxes.edit",
      "blogs.edit",
      "navigation.edit",
      "banners.edit",
      "codesamples.edit",
      "minutes.edit",
      "workgroups.edit",
      "companies.edit",
    ],
  },
  { name: "Downloads Admin", permissions: ["downloads.manage"] },
];

/**
 * The account with this username whatever its case, or null: usernames are unique regardless of
 * case (users_user_username_lower), so a demo user someone renamed "Alice" is still "alice" here
 * and a re-seed does not try to add a second one.
 */
export const findUserByName = (db: PrismaClient, username: string) =>
  db.user.findFirst({ where: { username: { equals: username, mode: "insensitive" } }, select: { id: true } });

/** Returns the user ids by username and the password in use (generated when not given). */
export async function seedUsers(db: PrismaClient, password?: string) {
  const plain = password ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(plain);
  for (const g of GROUPS) {
    const group = await db.group.upsert({ where: { name: g.name }, update: {}, create: { name: g.name } });
    for (const codename of g.permissions) {
      const perm = await db.permission.upsert({
        where: { codename },
        update: {},
        create: { codename, name: codename },
      });
      await db.groupPermission.upsert({
        where: { groupId_permissionId: { groupId: group.id, permissionId: perm.id } },
        update: {},
        create: { groupId: group.id, permissionId: perm.id },
      });
    }
  }
  const ids: Record<string, number> = {};
  let created = 0;
  for (const u of DEMO_USERS) {
    const existing = await findUserByName(db, u.username);
    if (existing) {
      ids[u.username] = existing.id;
      continue;
    }
    const row = await db.user.create({
      data: { ...u, password: passwordHash, emailVerified: new Date(), isActive: true },
    });
    ids[u.username] = row.id;
    created++;
  }
  const jobAdmin = await db.group.findUniqueOrThrow({ where: { name: "Job Board Admin" } });
  await db.userGroup.upsert({
    where: { userId_groupId: { userId: ids.moderator!, groupId: jobAdmin.id } },
    update: {},
    create: { userId: ids.moderator!, groupId: jobAdmin.id },
  });
  const editors = await db.group.findUniqueOrThrow({ where: { name: "Content Editor" } });
  await db.userGroup.upsert({
    where: { userId_groupId: { userId: ids.editor!, groupId: editors.id } },
    update: {},
    create: { userId: ids.editor!, groupId: editors.id },
  });
  return { ids, password: created > 0 ? plain : null };
}

/** Alice's PSF membership (apps/users Membership: a voting member who affirmed this year). */
export async function seedMemberships(db: PrismaClient, ids: Record<string, number>, now = new Date()) {
  if (ids.alice) {
    await db.membership.upsert({
      where: { creatorId: ids.alice },
      update: {},
      create: {
        creatorId: ids.alice,
        legalName: "Alice Moreau",
        preferredName: "Alice",
        emailAddress: "alice@example.org",
        city: "Utrecht",
        country: "Netherlands",
        psfCodeOfConduct: true,
        psfAnnouncements: true,
        votes: true,
        lastVoteAffirmation: now,
      },
    });
  }
}

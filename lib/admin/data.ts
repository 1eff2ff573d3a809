import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "./utils";

/** Dashboard counts and queues, one round trip each, in parallel. */
export async function getDashboardCounts() {
  const [users, unverified, releases, pendingJobs, outbox, failedMail, failedRuns] = await Promise.all([
    db.user.count({ where: { isActive: true } }),
    db.user.count({ where: { isActive: true, emailVerified: null } }),
    db.release.count({ where: { isPublished: true } }),
    db.job.count({ where: { status: "review" } }),
    db.emailLog.count({ where: { status: "outbox" } }),
    db.emailLog.count({ where: { status: "failed" } }),
    db.backgroundRun.count({ where: { status: "failed" } }),
  ]);
  return { users, unverified, releases, pendingJobs, outbox, failedMail, failedRuns };
}

export type AdminUserRow = {
  id: number;
  username: string;
  email: string;
  isActive: boolean;
  isStaff: boolean;
  isSuperuser: boolean;
  dateJoined: Date;
  lastLogin: Date | null;
};

export const USER_LIST_SPEC = {
  sorts: ["username", "joined", "lastLogin"],
  defaultSort: "username",
  filters: {
    status: ["active", "disabled"],
    role: ["superuser", "staff", "none"],
    email: ["confirmed", "unconfirmed"],
  },
} as const;

const userOrder = { username: "username", joined: "dateJoined", lastLogin: "lastLogin" } as const;

export async function listAdminUsers({ q, page, perPage, sort, dir, filters }: ListParams) {
  const where: Prisma.UserWhereInput = {
    ...(q
      ? {
          OR: [
            { username: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filters.status ? { isActive: filters.status === "active" } : {}),
    ...(filters.role === "superuser" ? { isSuperuser: true } : {}),
    ...(filters.role === "staff" ? { isStaff: true } : {}),
    ...(filters.role === "none" ? { isStaff: false, isSuperuser: false } : {}),
    ...(filters.email ? { emailVerified: filters.email === "confirmed" ? { not: null } : null } : {}),
  };
  const column = userOrder[sort as keyof typeof userOrder] ?? "username";
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: {
        id: true,
        username: true,
        email: true,
        isActive: true,
        isStaff: true,
        isSuperuser: true,
        dateJoined: true,
        lastLogin: true,
      },
      // Only last sign-in can be empty: never-signed-in users go last either way.
      orderBy: [
        column === "lastLogin" ? { lastLogin: { sort: dir, nulls: "last" } } : { [column]: dir },
        { id: "asc" },
      ],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

export async function listGroups() {
  return db.group.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function getAdminUser(id: number) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      email: true,
      emailVerified: true,
      isActive: true,
      isStaff: true,
      isSuperuser: true,
      dateJoined: true,
      lastLogin: true,
      groups: { select: { group: { select: { id: true, name: true } } } },
      auditEntries: {
        select: { id: true, at: true, action: true, ip: true },
        orderBy: { at: "desc" },
        take: 20,
      },
    },
  });
}

export async function listAuditLog({ page, perPage }: { page: number; perPage: number }) {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      select: {
        id: true,
        at: true,
        action: true,
        ip: true,
        targetType: true,
        targetId: true,
        actor: { select: { username: true } },
      },
      orderBy: { at: "desc" },
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.auditLog.count(),
  ]);
  return { rows, total };
}

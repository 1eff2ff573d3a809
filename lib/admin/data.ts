import "server-only";
import { db } from "@/lib/db";

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

export async function listAdminUsers({ q, page, perPage }: { q: string; page: number; perPage: number }) {
  const where = q
    ? {
        OR: [
          { username: { contains: q, mode: "insensitive" as const } },
          { email: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
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
      orderBy: [{ username: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
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
      groups: { select: { group: { select: { name: true } } } },
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

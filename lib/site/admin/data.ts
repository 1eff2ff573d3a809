import "server-only";
import { db } from "@/lib/platform/db";

/** Dashboard counts across domains and the platform, one round trip each, in parallel. */
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

/** The audit trail, newest first; `q` matches the action's name (e.g. "authz.", "user.deactivated"). */
export async function listAuditLog({ q, page, perPage }: { q: string; page: number; perPage: number }) {
  const where = q ? { action: { contains: q, mode: "insensitive" as const } } : {};
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
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
    db.auditLog.count({ where }),
  ]);
  return { rows, total };
}

const runSelect = {
  id: true,
  status: true,
  attempts: true,
  error: true,
  eventName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** The last runs of each function (newest first), one indexed query per function. */
export async function listLastRuns(functionIds: readonly string[], take = 5) {
  const runs = await Promise.all(
    functionIds.map((functionId) =>
      db.backgroundRun.findMany({
        where: { functionId },
        select: runSelect,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
      }),
    ),
  );
  return new Map(functionIds.map((id, i) => [id, runs[i]!]));
}

export type BackgroundRunRow =
  Awaited<ReturnType<typeof listLastRuns>> extends Map<string, (infer R)[]> ? R : never;

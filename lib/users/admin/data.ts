import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

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

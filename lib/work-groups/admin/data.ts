import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const listSelect = { id: true, name: true, slug: true, active: true, approved: true } as const;

export type AdminWorkGroupRow = Prisma.WorkGroupGetPayload<{ select: typeof listSelect }>;

/** WorkGroupAdmin's changelist: search the name, slug and short description, filter by the flags. */
export async function listAdminWorkGroups(
  params: ListParams,
): Promise<{ rows: AdminWorkGroupRow[]; total: number }> {
  const { active, approved } = params.filters;
  const where: Prisma.WorkGroupWhereInput = {
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { slug: { contains: params.q, mode: "insensitive" } },
            { shortDescription: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(active ? { active: active === "yes" } : {}),
    ...(approved ? { approved: approved === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.workGroup.findMany({
      where,
      select: listSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.workGroup.count({ where }),
  ]);
  return { rows, total };
}

const person = {
  select: { user: { select: { username: true } } },
  orderBy: { user: { username: "asc" } },
} as const;

const detailSelect = {
  ...listSelect,
  shortDescription: true,
  url: true,
  purpose: true,
  purposeMarkupType: true,
  activeTime: true,
  activeTimeMarkupType: true,
  coreValues: true,
  coreValuesMarkupType: true,
  rules: true,
  rulesMarkupType: true,
  communication: true,
  communicationMarkupType: true,
  support: true,
  supportMarkupType: true,
  created: true,
  updated: true,
  creator: { select: { username: true } },
  lastModifiedBy: { select: { username: true } },
  organizers: person,
  members: person,
} as const;

export type AdminWorkGroup = Prisma.WorkGroupGetPayload<{ select: typeof detailSelect }>;

export async function getAdminWorkGroup(id: number): Promise<AdminWorkGroup | null> {
  return db.workGroup.findUnique({ where: { id }, select: detailSelect });
}

/**
 * The user ids behind the typed organizer and member usernames, matched case-insensitively
 * (python.org's user lookup is iexact). Throws AppError validation_failed with an error on each
 * field that names an unknown user.
 */
export async function resolvePeople(people: {
  organizers: string[];
  members: string[];
}): Promise<{ organizerIds: number[]; memberIds: number[] }> {
  const names = [...people.organizers, ...people.members];
  const found = await db.user.findMany({
    where: {
      OR: names.map((username) => ({ username: { equals: username, mode: "insensitive" as const } })),
    },
    select: { id: true, username: true },
  });
  const byName = new Map(found.map((u) => [u.username.toLowerCase(), u.id]));
  const fields: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(people)) {
    const unknown = list.filter((n) => !byName.has(n.toLowerCase()));
    if (unknown.length) fields[field] = [`No user is called ${unknown.join(", ")}.`];
  }
  if (Object.keys(fields).length)
    throw new AppError("validation_failed", "Some usernames are unknown.", { fields });
  const ids = (list: string[]) => [...new Set(list.map((n) => byName.get(n.toLowerCase())!))];
  return { organizerIds: ids(people.organizers), memberIds: ids(people.members) };
}

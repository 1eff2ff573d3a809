import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import { GENERATED_BOX_LABELS } from "@/lib/boxes/constants";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";

const adminBoxRowSelect = {
  id: true,
  label: true,
  contentMarkupType: true,
  updated: true,
  lastModifiedBy: { select: { username: true } },
} as const;

export type AdminBoxRow = Prisma.BoxGetPayload<{ select: typeof adminBoxRowSelect }>;

const generated = [...GENERATED_BOX_LABELS];

/** BoxAdmin's changelist: search by label, filter generated or hand-edited, sort, one page. */
export async function listAdminBoxes(params: ListParams): Promise<{ rows: AdminBoxRow[]; total: number }> {
  const { kind } = params.filters;
  const where: Prisma.BoxWhereInput = {
    AND: [
      params.q ? { label: { contains: params.q, mode: "insensitive" } } : {},
      kind === "generated" ? { label: { in: generated } } : {},
      kind === "edited" ? { label: { notIn: generated } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.box.findMany({
      where,
      select: adminBoxRowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.box.count({ where }),
  ]);
  return { rows, total };
}

const adminBoxSelect = {
  id: true,
  label: true,
  content: true,
  contentMarkupType: true,
  contentRendered: true,
  created: true,
  updated: true,
  creator: { select: { username: true } },
  lastModifiedBy: { select: { username: true } },
} as const;

export type AdminBox = Prisma.BoxGetPayload<{ select: typeof adminBoxSelect }>;

export async function getAdminBox(id: number): Promise<AdminBox | null> {
  return db.box.findUnique({ where: { id }, select: adminBoxSelect });
}

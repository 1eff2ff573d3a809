/**
 * Work group writes (the admin's). Markup is rendered and sanitized on write (DESIGN.md markup);
 * the group row and its organizer and member rows change in one transaction. No cache tags:
 * work groups have no public pages (apps/work_groups has no urls.py).
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkGroupInput } from "./schema";
import { slugify } from "@/lib/platform/text";

const invalid = (fields: Record<string, string[]>) =>
  new AppError("validation_failed", "The work group is not valid.", { fields });

/** A duplicate slug is the slug field's error (NameSlugModel: slug unique). */
function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict" && mapped.fields?.slug)
    return invalid({ slug: ["A work group with this slug already exists."] });
  return mapped;
}

/** The row's columns: slug from the name when empty (NameSlugModel.save), markup rendered. */
function toColumns(input: WorkGroupInput) {
  const slug = input.slug || slugify(input.name);
  if (!slug) throw invalid({ slug: ["Enter a slug: the name has no letters or digits to make one from."] });
  // An empty text renders to nothing in every markup; skipping it spares a docutils run.
  const r = (source: string, type: WorkGroupInput["purposeMarkupType"]) =>
    source ? renderMarkup(source, type) : "";
  return {
    name: input.name,
    slug,
    active: input.active,
    approved: input.approved,
    shortDescription: input.shortDescription,
    url: input.url,
    purpose: input.purpose,
    purposeMarkupType: input.purposeMarkupType,
    purposeRendered: r(input.purpose, input.purposeMarkupType),
    activeTime: input.activeTime,
    activeTimeMarkupType: input.activeTimeMarkupType,
    activeTimeRendered: r(input.activeTime, input.activeTimeMarkupType),
    coreValues: input.coreValues,
    coreValuesMarkupType: input.coreValuesMarkupType,
    coreValuesRendered: r(input.coreValues, input.coreValuesMarkupType),
    rules: input.rules,
    rulesMarkupType: input.rulesMarkupType,
    rulesRendered: r(input.rules, input.rulesMarkupType),
    communication: input.communication,
    communicationMarkupType: input.communicationMarkupType,
    communicationRendered: r(input.communication, input.communicationMarkupType),
    support: input.support,
    supportMarkupType: input.supportMarkupType,
    supportRendered: r(input.support, input.supportMarkupType),
  } satisfies Prisma.WorkGroupUncheckedCreateInput;
}

/** Replaces the group's organizers and members with the given users (inside the caller's transaction). */
async function replacePeople(tx: Prisma.TransactionClient, workGroupId: number, input: WorkGroupInput) {
  await tx.workGroupOrganizer.deleteMany({ where: { workGroupId } });
  await tx.workGroupMember.deleteMany({ where: { workGroupId } });
  await tx.workGroupOrganizer.createMany({
    data: input.organizerIds.map((userId) => ({ workGroupId, userId })),
  });
  await tx.workGroupMember.createMany({ data: input.memberIds.map((userId) => ({ workGroupId, userId })) });
}

/** Creates a work group; `userId` (the signed-in editor) is its creator (ContentManageableAdmin.save_model). */
export async function createWorkGroup(
  input: WorkGroupInput,
  userId: number,
): Promise<{ id: number; slug: string }> {
  const data = toColumns(input);
  return db
    .$transaction(async (tx) => {
      const row = await tx.workGroup.create({
        data: { ...data, creatorId: userId, lastModifiedById: userId },
        select: { id: true, slug: true },
      });
      await replacePeople(tx, row.id, input);
      return row;
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
}

/** Updates a work group and replaces its people; not_found when it is gone (P2025). */
export async function updateWorkGroup(
  id: number,
  input: WorkGroupInput,
  userId: number,
): Promise<{ id: number; slug: string }> {
  const data = toColumns(input);
  return db
    .$transaction(async (tx) => {
      const row = await tx.workGroup.update({
        where: { id },
        data: { ...data, lastModifiedById: userId },
        select: { id: true, slug: true },
      });
      await replacePeople(tx, id, input);
      return row;
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
}

/** Deletes a work group (its organizer and member rows cascade). */
export async function deleteWorkGroup(id: number): Promise<void> {
  await db.workGroup.delete({ where: { id } }).catch((e: unknown) => Promise.reject(fromPrismaError(e)));
}

import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { SITE_SURROGATE_KEY } from "@/lib/platform/cdn/site-key.mjs";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import { boxesTags, isGeneratedBox } from "./constants";
import type { BoxInput } from "./schema";

const boxSelect = { id: true, label: true, contentMarkupType: true } as const;

/**
 * A box shows on every page that names its label and at /box/<label>/: revalidate the box's own
 * tag and the list at once (the next request shows the edit, not one later) and purge the pages'
 * "boxes" key and that URL at the CDN. The header's supernav boxes are on every page, so
 * changing one purges the whole site's key.
 */
const afterWrite = (...labels: string[]) =>
  revalidateDomain([boxesTags.boxes, ...labels.map(boxesTags.box)], {
    mode: "immediate",
    paths: labels.map((label) => `/box/${label}/`),
    surrogateKeys: labels.some((label) => label.startsWith("supernav-")) ? [SITE_SURROGATE_KEY] : [],
  });

function refuseGenerated(label: string) {
  if (isGeneratedBox(label))
    throw new AppError("validation_failed", "This box is written from other data.", {
      fields: { label: ["This box is generated from the site's data and cannot be edited by hand."] },
    });
}

const rendered = (input: BoxInput) => ({
  label: input.label,
  content: input.content,
  contentMarkupType: input.contentMarkupType,
  // Rendered on write and stored beside the source (lib/platform/markup), sanitized.
  contentRendered: renderMarkup(input.content, input.contentMarkupType),
});

/** Throws AppError conflict when the label is taken (P2002), validation_failed for a generated label. */
export async function createBox(input: BoxInput, actorId: number | null) {
  refuseGenerated(input.label);
  const row = await db.box
    .create({
      data: { ...rendered(input), creatorId: actorId, lastModifiedById: actorId },
      select: boxSelect,
    })
    .catch((e: unknown) => Promise.reject(labelTaken(e)));
  await afterWrite(row.label);
  return row;
}

/** Throws AppError not_found when the box is gone; a generated box (old or new label) is refused. */
export async function updateBox(id: number, input: BoxInput, actorId: number | null) {
  refuseGenerated(input.label);
  const row = await db.$transaction(async (tx) => {
    const before = await tx.box.findUnique({ where: { id }, select: { label: true } });
    if (!before) throw new AppError("not_found", "No such box.");
    refuseGenerated(before.label);
    const after = await tx.box
      .update({ where: { id }, data: { ...rendered(input), lastModifiedById: actorId }, select: boxSelect })
      .catch((e: unknown) => Promise.reject(labelTaken(e)));
    return { ...after, previous: before.label };
  });
  await afterWrite(...new Set([row.previous, row.label]));
  return row;
}

/** Deleting a generated box is allowed: the next regeneration writes it again. */
export async function deleteBox(id: number): Promise<void> {
  const row = await db.box
    .delete({ where: { id }, select: { label: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite(row.label);
}

/**
 * Writes a code-generated box (HTML, sanitized like any box) and revalidates it only when its
 * content changed, so the daily repair run and repeated events purge nothing needlessly.
 * Returns whether anything was written.
 */
export async function writeGeneratedBox(label: string, html: string): Promise<boolean> {
  if (!isGeneratedBox(label)) throw new AppError("bad_request", `Box ${label} is not generated.`);
  const data = rendered({ label, content: html, contentMarkupType: "html" });
  const existing = await db.box.findUnique({
    where: { label },
    select: { content: true, contentMarkupType: true, contentRendered: true },
  });
  if (
    existing &&
    existing.content === data.content &&
    existing.contentMarkupType === "html" &&
    existing.contentRendered === data.contentRendered
  )
    return false;
  await db.box.upsert({ where: { label }, create: data, update: data, select: { id: true } });
  await afterWrite(label);
  return true;
}

function labelTaken(e: unknown) {
  const err = fromPrismaError(e);
  return err instanceof AppError && err.code === "conflict"
    ? new AppError("conflict", "A box with this label exists.", {
        fields: { label: ["A box with this label already exists."] },
      })
    : err;
}

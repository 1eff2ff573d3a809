import "server-only";
import { downloadsTags } from "@/lib/downloads/constants";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { emit } from "@/inngest/client";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { releaseApiSelect, type ReleaseApiRow } from "./data";
import { NO_SUCH_RELEASE_PAGE } from "./utils";
import { releaseInputSchema, type ReleaseInput } from "./schema";

const COLUMNS = new Set(Object.keys(releaseInputSchema.shape));

/** The given keys only (the input's names are the table's columns); anything else is dropped. */
const toData = (input: ReleaseInput): Prisma.ReleaseUncheckedUpdateInput =>
  Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && COLUMNS.has(k)));

/**
 * Constraint violations as field errors on the input's names (slug; releasePageId, the page's
 * foreign key); the API adapters rename and reword them for DRF and Tastypie.
 */
function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict") {
    if (mapped.fields?.slug)
      return new AppError("validation_failed", "Invalid.", {
        fields: { slug: ["release with this slug already exists."] },
      });
    if ((e as { code?: string }).code === "P2003")
      return new AppError("validation_failed", "Invalid.", {
        fields: { releasePageId: [NO_SUCH_RELEASE_PAGE] },
      });
  }
  return mapped;
}

/** Every page and widget that shows releases follows: cache tags, CDN keys, search. */
async function afterWrite(release: { id: number; isPublished: boolean }) {
  // Publishing shows on the next request (downloads pages, home widget, feed), not one later.
  await revalidateDomain([downloadsTags.releases], { mode: "immediate", surrogateKeys: ["downloads"] });
  await emit("search/document.changed", { type: "release", objectId: String(release.id) });
  if (release.isPublished) await emit("downloads/release.published", { releaseId: release.id });
  // A release that left the pages may still be named by the generated boxes (home, supernav).
  else await emit("boxes/regenerate.requested", { reason: `release ${release.id} unpublished or deleted` });
}

/**
 * Writes in one transaction. apps/downloads/models.py: marking a release latest demotes the
 * other latest release of the same major version (the database allows only one).
 */
async function write(id: number | null, input: ReleaseInput, userId: number): Promise<ReleaseApiRow> {
  const data = toData(input);
  const row = await db
    .$transaction(async (tx) => {
      const current = id
        ? await tx.release.findUnique({ where: { id }, select: { version: true, isLatest: true } })
        : null;
      if (id && !current) throw new AppError("not_found", "No Release matches the given query.");
      const version = input.version ?? current?.version ?? 3;
      if (input.isLatest ?? (input.version !== undefined && current?.isLatest)) {
        await tx.release.updateMany({
          where: { version, isLatest: true, ...(id ? { id: { not: id } } : {}) },
          data: { isLatest: false },
        });
      }
      if (id)
        return tx.release.update({
          where: { id },
          data: { ...data, lastModifiedById: userId },
          select: releaseApiSelect,
        });
      const name = input.name!;
      return tx.release.create({
        data: {
          ...(data as Prisma.ReleaseUncheckedCreateInput),
          name,
          slug: input.slug || slugify(name),
          creatorId: userId,
          lastModifiedById: userId,
        },
        select: releaseApiSelect,
      });
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite(row);
  return row;
}

/** Creates a release; the slug defaults to the slugified name ("Python 3.14.1" → python-3141). */
export const createRelease = (input: ReleaseInput & { name: string }, userId: number) =>
  write(null, input, userId);
export const updateRelease = (id: number, input: ReleaseInput, userId: number) => write(id, input, userId);

export async function deleteRelease(id: number): Promise<void> {
  await db.release.delete({ where: { id } }).catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite({ id, isPublished: false });
}

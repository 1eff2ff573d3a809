import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { downloadsTags } from "@/lib/downloads/constants";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { osSelect, type OsRow } from "./data";
import type { CreateOsInput, UpdateOsInput } from "./schema";

/** A duplicate slug is a field error, worded like Django's unique validator. */
function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict" && mapped.fields?.slug)
    return new AppError("validation_failed", "The request is not valid.", {
      fields: { slug: ["os with this slug already exists."] },
    });
  return mapped;
}

async function afterWrite() {
  // OS names and slugs appear on every downloads page. Expired at once like every releases-tag
  // write, so a stale mark never undoes another write's immediate expiry.
  await revalidateDomain([downloadsTags.releases], { mode: "immediate", surrogateKeys: ["downloads"] });
}

/** Creates an OS; the slug defaults to the slugified name. */
export async function createOperatingSystem(input: CreateOsInput, userId: number): Promise<OsRow> {
  const slug = input.slug || slugify(input.name);
  const row = await db.oS
    .create({
      data: { name: input.name, slug, creatorId: userId, lastModifiedById: userId },
      select: osSelect,
    })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite();
  return row;
}

export async function updateOperatingSystem(
  id: number,
  input: UpdateOsInput,
  userId: number,
): Promise<OsRow> {
  const row = await db.oS
    .update({ where: { id }, data: { ...input, lastModifiedById: userId }, select: osSelect })
    .catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite();
  return row;
}

/** Deleting an OS deletes its files too (ReleaseFile.os is on_delete=CASCADE in Django). */
export async function deleteOperatingSystem(id: number): Promise<void> {
  await db.oS.delete({ where: { id } }).catch((e: unknown) => Promise.reject(mapWriteError(e)));
  await afterWrite();
}

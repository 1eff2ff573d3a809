import "server-only";
import { db } from "@/lib/platform/db";
import { fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { flagsTags } from "./constants";
import type { FlagInput } from "./schema";

/** Saves a flag; the pages it gates are re-rendered (their loaders carry the flags tag). */
export async function updateFlag(id: number, input: FlagInput) {
  const row = await db.featureFlag
    .update({ where: { id }, data: input, select: { id: true, name: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await revalidateDomain([flagsTags.flags]);
  return row;
}

import "server-only";
import { db } from "@/lib/platform/db";
import { fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { codeSamplesTags } from "./constants";
import type { CodeSampleInput } from "./schema";
import { renderCodeSample } from "./utils";

const sampleSelect = { id: true, isPublished: true } as const;

// Rendered on write (DESIGN.md), through the same function the admin preview calls.
function columns(input: CodeSampleInput) {
  const { codeHtml, copyHtml } = renderCodeSample(input);
  return {
    code: input.code,
    codeMarkupType: input.codeMarkupType,
    codeRendered: codeHtml,
    copy: input.copy,
    copyMarkupType: input.copyMarkupType,
    copyRendered: copyHtml,
    isPublished: input.isPublished,
  };
}

// The home page shows the samples: an editor expects to see the change on the next request.
const afterWrite = () => revalidateDomain([codeSamplesTags.codeSamples], { mode: "immediate" });

export async function createCodeSample(input: CodeSampleInput, userId: number | null) {
  const row = await db.codeSample.create({
    data: { ...columns(input), creatorId: userId, lastModifiedById: userId },
    select: sampleSelect,
  });
  await afterWrite();
  return row;
}

/** Throws AppError not_found when the sample is gone (P2025). */
export async function updateCodeSample(id: number, input: CodeSampleInput, userId: number | null) {
  const row = await db.codeSample
    .update({ where: { id }, data: { ...columns(input), lastModifiedById: userId }, select: sampleSelect })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
  return row;
}

export async function deleteCodeSample(id: number): Promise<void> {
  await db.codeSample.delete({ where: { id } }).catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
}

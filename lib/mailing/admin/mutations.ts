import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError, isAppError } from "@/lib/platform/errors";

type Input = { internalName: string; kind: string; subject: string; content: string };

const TAKEN = "A template with that internal name exists.";

/** Creates or updates a stored template (the form already checked its syntax). */
export async function saveMailTemplate(id: number | undefined, input: Input) {
  try {
    return await (id
      ? db.emailTemplate.update({ where: { id }, data: input, select: { id: true } })
      : db.emailTemplate.create({ data: input, select: { id: true } }));
  } catch (e) {
    const err = fromPrismaError(e);
    if (isAppError(err) && err.code === "conflict")
      throw new AppError("conflict", TAKEN, { fields: { internalName: [TAKEN] } });
    throw err;
  }
}

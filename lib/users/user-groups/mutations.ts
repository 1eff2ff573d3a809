/** Python user group writes (the admin's). No public page shows them, so no cache tags. */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import type { UserGroupInput } from "./schema";

export async function createUserGroup(input: UserGroupInput): Promise<{ id: number }> {
  return db.pythonUserGroup.create({ data: input, select: { id: true } }).catch((e: unknown) => {
    throw fromPrismaError(e);
  });
}

export async function updateUserGroup(id: number, input: UserGroupInput): Promise<{ id: number }> {
  return db.pythonUserGroup
    .update({ where: { id }, data: input, select: { id: true } })
    .catch((e: unknown) => {
      const mapped = fromPrismaError(e);
      throw mapped instanceof AppError && mapped.code === "not_found"
        ? new AppError("not_found", "There is no such user group.")
        : mapped;
    });
}

/** true when a group was deleted (an unknown id changes nothing). */
export async function deleteUserGroup(id: number): Promise<boolean> {
  const { count } = await db.pythonUserGroup.deleteMany({ where: { id } });
  return count === 1;
}

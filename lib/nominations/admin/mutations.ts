import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError, isAppError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { slugify } from "@/lib/platform/text";
import { nominationsTags } from "@/lib/nominations/constants";
import { nomineeSlug } from "@/lib/nominations/utils";
import type { ElectionInput, KindInput } from "./schema";

const afterWrite = () => revalidateDomain([nominationsTags.nominations]);

const taken = (e: unknown, field: string, message: string) => {
  const err = fromPrismaError(e);
  return isAppError(err) && err.code === "conflict"
    ? new AppError("conflict", message, { fields: { [field]: [message] } })
    : err;
};

/** ElectionKind.save: the slug follows the name. */
export async function saveKind(id: number | undefined, input: KindInput) {
  const data = { ...input, slug: slugify(input.name) };
  const row = await (
    id
      ? db.electionKind.update({ where: { id }, data, select: { id: true } })
      : db.electionKind.create({ data, select: { id: true } })
  ).catch((e: unknown) => Promise.reject(taken(e, "name", "An election kind with that name exists.")));
  await afterWrite();
  return row;
}

/** Election.save: the slug follows the name; the description is rendered on write. */
export async function saveElection(id: number | undefined, input: ElectionInput) {
  const data = {
    ...input,
    kindId: input.kindId ?? null,
    slug: slugify(input.name),
    descriptionMarkupType: "markdown" as const,
    descriptionRendered: renderMarkup(input.description, "markdown"),
  };
  const row = await (
    id
      ? db.election.update({ where: { id }, data, select: { id: true } })
      : db.election.create({ data, select: { id: true } })
  ).catch((e: unknown) => Promise.reject(taken(e, "name", "An election with that name (slug) exists.")));
  await afterWrite();
  return row;
}

/** Approve or accept (or undo) a nominee or a nomination of this election. */
export async function setElectionFlag(input: {
  electionId: number;
  target: "nominee" | "nomination";
  id: number;
  op: "approve" | "unapprove" | "accept" | "unaccept";
}) {
  const data = input.op.endsWith("approve")
    ? { approved: input.op === "approve" }
    : { accepted: input.op === "accept" };
  const where = { id: input.id, electionId: input.electionId };
  const { count } =
    input.target === "nominee"
      ? await db.nominee.updateMany({ where, data })
      : await db.nomination.updateMany({ where, data });
  if (!count) throw new AppError("not_found", "There is no such row in this election.");
  await afterWrite();
}

/** Point a nomination at the account it nominates, making that account's Nominee if needed. */
export async function linkNominee(input: { electionId: number; id: number; username: string }) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { username: { equals: input.username, mode: "insensitive" } },
      select: { id: true, firstName: true, lastName: true, username: true },
    });
    if (!user)
      throw new AppError("not_found", "No account has that username.", {
        fields: { username: ["No account has that username."] },
      });
    const nomination = await tx.nomination.findFirst({
      where: { id: input.id, electionId: input.electionId },
      select: { id: true },
    });
    if (!nomination) throw new AppError("not_found", "There is no such nomination in this election.");
    const nominee = await tx.nominee.upsert({
      where: { userId_electionId: { userId: user.id, electionId: input.electionId } },
      update: {},
      create: { userId: user.id, electionId: input.electionId, slug: nomineeSlug(user) },
      select: { id: true },
    });
    await tx.nomination.update({ where: { id: nomination.id }, data: { nomineeId: nominee.id } });
  });
  await afterWrite();
}

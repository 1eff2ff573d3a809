import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MESSAGES, nominationsTags, type NominationFormKind } from "./constants";
import { electionSelect } from "./data";
import type { NominationFields } from "./schema";
import type { Viewer } from "./types";
import {
  applyNominationRules,
  nominationAcceptable,
  nominationEditable,
  nominationsComplete,
  nominationsOpen,
  nomineeSlug,
} from "./utils";

type Tx = Prisma.TransactionClient;

/** Nomination.render_statement: exactly what a save stores (Markdown, raw HTML escaped, sanitized). */
export const renderStatement = (text: string) => renderMarkup(text, "markdown");

// post_save Nomination purges the nomination, nominee and nominee-list pages: all carry this tag.
const afterWrite = () => revalidateDomain([nominationsTags.nominations]);

async function electionOr404(tx: Tx, slug: string) {
  const e = await tx.election.findUnique({ where: { slug }, select: electionSelect });
  if (!e) throw new AppError("not_found", "There is no such election.");
  return e;
}

const formOf = (e: { kind: { nominationForm: NominationFormKind } | null }): NominationFormKind =>
  e.kind?.nominationForm ?? "board";

function ruled(
  fields: NominationFields,
  e: Awaited<ReturnType<typeof electionOr404>>,
  mode: "create" | "edit",
  user: { firstName: string; lastName: string },
  now: Date,
) {
  const r = applyNominationRules(fields, {
    form: formOf(e),
    hidePreviousService: e.hidePreviousService,
    mode,
    user,
    now,
  });
  if (!r.ok) throw new AppError("validation_failed", "Check the fields below.", { fields: r.fields });
  return r;
}

const textFields = (f: NominationFields) => ({
  name: f.name,
  email: f.email,
  employer: f.employer,
  otherAffiliations: f.otherAffiliations,
  nominationStatement: f.nominationStatement,
  nominationStatementMarkupType: "markdown" as const,
  nominationStatementRendered: renderStatement(f.nominationStatement),
});

/**
 * NominationCreate: 404 unless nominations are open. A self-nomination gets (or reuses) the
 * caller's Nominee, accepted, and is itself accepted; a third-party one has no nominee until
 * staff link it.
 */
export async function createNomination(
  viewer: NonNullable<Viewer>,
  electionSlug: string,
  fields: NominationFields,
  now = new Date(),
) {
  const row = await db.$transaction(async (tx) => {
    const e = await electionOr404(tx, electionSlug);
    if (nominationsComplete(e, now))
      throw new AppError("not_found", `Nominations for ${e.name} Election are closed`);
    if (!nominationsOpen(e, now))
      throw new AppError("not_found", `Nominations for ${e.name} Election are not open`);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { firstName: true, lastName: true, username: true },
    });
    const r = ruled(fields, e, "create", user, now);
    let nomineeId: number | null = null;
    if (r.selfNomination) {
      const existing = await tx.nominee.findUnique({
        where: { userId_electionId: { userId: viewer.userId, electionId: e.id } },
        select: { id: true },
      });
      nomineeId =
        existing?.id ??
        (
          await tx.nominee.create({
            data: { electionId: e.id, userId: viewer.userId, accepted: true, slug: nomineeSlug(user) },
            select: { id: true },
          })
        ).id;
    }
    return tx.nomination.create({
      data: {
        ...textFields(fields),
        ...r.acks,
        ...(r.previousBoardService !== undefined ? { previousBoardService: r.previousBoardService } : {}),
        electionId: e.id,
        nominatorId: viewer.userId,
        nomineeId,
        accepted: r.selfNomination,
      },
      select: { id: true, electionId: true },
    });
  });
  await afterWrite();
  return { ...row, election: electionSlug };
}

async function nominationOr404(tx: Tx, electionId: number, id: number) {
  const n = await tx.nomination.findFirst({
    where: { id, electionId },
    select: {
      id: true,
      accepted: true,
      approved: true,
      nominatorId: true,
      nominee: { select: { id: true, userId: true } },
    },
  });
  if (!n) throw new AppError("not_found", "There is no such nomination.");
  return n;
}

/** NominationEdit: `editable(user)` or 403; the acknowledgments are not edited. */
export async function updateNomination(
  viewer: NonNullable<Viewer>,
  electionSlug: string,
  id: number,
  fields: NominationFields,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const e = await electionOr404(tx, electionSlug);
    const n = await nominationOr404(tx, e.id, id);
    if (!nominationEditable(n, e, viewer, now)) throw new AppError("forbidden", MESSAGES.notEditable);
    const r = ruled(fields, e, "edit", { firstName: "", lastName: "" }, now);
    await tx.nomination.update({
      where: { id },
      data: {
        ...textFields(fields),
        ...(r.previousBoardService !== undefined ? { previousBoardService: r.previousBoardService } : {}),
      },
    });
  });
  await afterWrite();
  return { id, election: electionSlug };
}

/**
 * NominationAccept: only the nominee's account while nominations are open, else 403. Accepting
 * one nomination also marks the nominee accepted (python.org's staff did that by hand).
 */
export async function acceptNomination(
  viewer: NonNullable<Viewer>,
  electionSlug: string,
  id: number,
  accepted: boolean,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const e = await electionOr404(tx, electionSlug);
    const n = await nominationOr404(tx, e.id, id);
    if (!nominationAcceptable(n, e, viewer, now)) throw new AppError("forbidden", MESSAGES.notAcceptable);
    await tx.nomination.update({ where: { id }, data: { accepted } });
    if (accepted) await tx.nominee.update({ where: { id: n.nominee!.id }, data: { accepted: true } });
  });
  await afterWrite();
  return { id, election: electionSlug };
}

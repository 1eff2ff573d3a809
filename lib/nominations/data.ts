import "server-only";
import { db } from "@/lib/platform/db";
import type { ElectionSummary, NominationRow } from "./types";

export const electionSelect = {
  id: true,
  name: true,
  slug: true,
  date: true,
  nominationsOpenAt: true,
  nominationsCloseAt: true,
  descriptionRendered: true,
  hidePreviousService: true,
  kind: { select: { name: true, slug: true, accentColor: true, nominationForm: true } },
} as const;

export const nominationSelect = {
  id: true,
  electionId: true,
  name: true,
  email: true,
  previousBoardService: true,
  employer: true,
  otherAffiliations: true,
  nominationStatement: true,
  nominationStatementRendered: true,
  nominatorId: true,
  nomineeId: true,
  accepted: true,
  approved: true,
  cocAcknowledged: true,
  missionAlignment: true,
  eligibilityConfirmed: true,
  created: true,
  nominee: { select: { id: true, userId: true, slug: true } },
  nominator: { select: { username: true, firstName: true, lastName: true } },
} as const;

/** ElectionsList: every election, newest first (Election.Meta.ordering -date). */
export async function listElections(): Promise<ElectionSummary[]> {
  return db.election.findMany({ select: electionSelect, orderBy: [{ date: "desc" }, { id: "desc" }] });
}

export async function getElection(slug: string): Promise<ElectionSummary | null> {
  return db.election.findUnique({ where: { slug }, select: electionSelect });
}

const nomineeSelect = {
  id: true,
  slug: true,
  accepted: true,
  approved: true,
  userId: true,
  user: { select: { firstName: true, lastName: true, username: true } },
  nominations: { select: nominationSelect, orderBy: { id: "asc" } },
} as const;

export type NomineeRow = NonNullable<Awaited<ReturnType<typeof getNominee>>>;

/** NomineeList's querysets: accepted+approved nominees with an account, or one user's own rows. */
export async function listNominees(
  electionId: number,
  only: { acceptedApproved: true } | { userId: number },
) {
  return db.nominee.findMany({
    where:
      "userId" in only
        ? { electionId, userId: only.userId }
        : { electionId, accepted: true, approved: true, userId: { not: null } },
    select: nomineeSelect,
    orderBy: [{ slug: "asc" }, { id: "asc" }],
  });
}

export async function getNominee(electionId: number, slug: string) {
  return db.nominee.findFirst({ where: { electionId, slug }, select: nomineeSelect, orderBy: { id: "asc" } });
}

/** A nomination of this election only (another election's id is not found). */
export async function getNomination(electionId: number, id: number): Promise<NominationRow | null> {
  return db.nomination.findFirst({ where: { id, electionId }, select: nominationSelect });
}

/** UserNominationsView: nominations received (as nominee) and made, with their elections. */
export async function listUserNominations(userId: number) {
  const [received, made] = await Promise.all([
    db.nomination.findMany({
      where: { nominee: { userId } },
      select: { ...nominationSelect, election: { select: electionSelect } },
      orderBy: [{ election: { date: "desc" } }, { id: "asc" }],
    }),
    db.nomination.findMany({
      where: { nominatorId: userId },
      select: { ...nominationSelect, election: { select: electionSelect } },
      orderBy: [{ election: { date: "desc" } }, { id: "asc" }],
    }),
  ]);
  return { received, made };
}

export async function getAccountNames(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { firstName: true, lastName: true, username: true, email: true },
  });
}

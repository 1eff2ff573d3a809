import type { NominationFormKind } from "./constants";

export type Viewer = { userId: number; isStaff: boolean; isSuperuser: boolean } | null;

export type ElectionWindow = { nominationsOpenAt: Date | null; nominationsCloseAt: Date | null; date: Date };

export type ElectionSummary = ElectionWindow & {
  id: number;
  name: string;
  slug: string;
  descriptionRendered: string;
  hidePreviousService: boolean;
  kind: { name: string; slug: string; accentColor: string; nominationForm: NominationFormKind } | null;
};

export type NominationRow = {
  id: number;
  electionId: number;
  name: string;
  email: string;
  previousBoardService: string | null;
  employer: string;
  otherAffiliations: string;
  nominationStatement: string;
  nominationStatementRendered: string;
  nominatorId: number | null;
  nomineeId: number | null;
  accepted: boolean;
  approved: boolean;
  cocAcknowledged: boolean;
  missionAlignment: boolean;
  eligibilityConfirmed: boolean;
  created: Date;
  nominee: { id: number; userId: number | null; slug: string } | null;
  nominator: { username: string; firstName: string; lastName: string } | null;
};

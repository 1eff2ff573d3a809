import { BASIC, MEMBERSHIP_TYPES, VOTE_AFFIRMATION_DAYS } from "./constants";

const DAY = 86_400_000;

export const membershipTypeName = (type: number) => MEMBERSHIP_TYPES[type] ?? `Type ${type}`;

/** Membership.higher_level_member: any type but Basic. */
export const isHigherLevelMember = (m: { membershipType: number }) => m.membershipType !== BASIC;

/**
 * Membership.needs_vote_affirmation: a voting member whose last affirmation is older than
 * 366 days (a voting member with none on record must affirm too).
 */
export function needsVoteAffirmation(
  m: { votes: boolean; lastVoteAffirmation: Date | null },
  now = new Date(),
): boolean {
  if (!m.votes) return false;
  if (!m.lastVoteAffirmation) return true;
  return now.getTime() - m.lastVoteAffirmation.getTime() > VOTE_AFFIRMATION_DAYS * DAY;
}

/** One CSV field: quoted when needed; a leading =, +, - or @ is defused (no spreadsheet formulas). */
export function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | boolean | null | undefined)[]) =>
  fields.map(csvField).join(",") + "\r\n";

/** One member as a row of MembershipAdmin's CSV export (type name, creator, email, votes, last affirmation). */
export const memberCsvRow = (m: {
  membershipType: number;
  creator: { username: string } | null;
  emailAddress: string;
  votes: boolean;
  lastVoteAffirmation: Date | null;
}) => [
  membershipTypeName(m.membershipType),
  m.creator?.username ?? "",
  m.emailAddress,
  m.votes ? "True" : "False",
  m.lastVoteAffirmation ? m.lastVoteAffirmation.toISOString() : "",
];

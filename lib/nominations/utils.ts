import { slugify } from "@/lib/platform/text";
import {
  ACKNOWLEDGMENTS,
  MESSAGES,
  NEW_MEMBER_LABEL,
  PREVIOUS_SERVICE_FIRST_YEAR,
  type Ack,
  type NominationFormKind,
} from "./constants";
import type { ElectionWindow, Viewer } from "./types";

/** Election.nominations_open: open_at < now < close_at. */
export const nominationsOpen = (e: ElectionWindow, now = new Date()) =>
  Boolean(
    e.nominationsOpenAt && e.nominationsCloseAt && e.nominationsOpenAt < now && now < e.nominationsCloseAt,
  );

/** Election.nominations_complete: close_at < now. */
export const nominationsComplete = (e: ElectionWindow, now = new Date()) =>
  Boolean(e.nominationsCloseAt && e.nominationsCloseAt < now);

/** Election.status. */
export function electionStatus(e: ElectionWindow, now = new Date()): string {
  if (e.nominationsOpenAt && e.nominationsCloseAt) {
    if (nominationsOpen(e, now)) return "Nominations Open";
    if (now < e.nominationsOpenAt) return "Nominations Not Yet Open";
    return "Nominations Closed";
  }
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return e.date >= today ? "Commenced" : "Voting Not Yet Begun";
}

/** The selectable service years, newest first (forms.py _add_previous_service_fields). */
export function serviceYears(form: NominationFormKind, now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getUTCFullYear(); y >= PREVIOUS_SERVICE_FIRST_YEAR[form]; y--) years.push(String(y));
  return years;
}

/** Best-effort prefill from the stored text: its years (when valid) mean "yes", other text "no". */
export function parsePreviousService(stored: string | null, form: NominationFormKind, now = new Date()) {
  const years = serviceYears(form, now);
  const found = (stored ?? "").match(/\b(?:19|20)\d{2}\b/g)?.filter((y) => years.includes(y)) ?? [];
  if (found.length) return { answer: "yes" as const, years: found };
  return { answer: stored ? ("no" as const) : ("" as const), years: [] };
}

export type NominationDraft = {
  previousService: "" | "no" | "yes";
  previousServiceYears: string[];
  selfNomination: boolean;
  cocAcknowledged: boolean;
  missionAlignment: boolean;
  eligibilityConfirmed: boolean;
};

type RuleContext = {
  form: NominationFormKind;
  hidePreviousService: boolean;
  mode: "create" | "edit";
  /** The nominator's account names (self-nomination needs both). */
  user: { firstName: string; lastName: string };
  now?: Date;
};

/**
 * The §2.13 form rules beyond single fields: the previous-service answer composed into its stored
 * text (NULL when the election hides it), the self-nomination's name and acknowledgments, and
 * third-party nominations' acknowledgments forced false. Field errors, or the values to store.
 */
export function applyNominationRules(
  d: NominationDraft,
  ctx: RuleContext,
):
  | { ok: false; fields: Record<string, string[]> }
  | {
      ok: true;
      previousBoardService: string | null | undefined;
      acks: Record<Ack, boolean>;
      selfNomination: boolean;
    } {
  const fields: Record<string, string[]> = {};
  let previousBoardService: string | null | undefined;
  if (ctx.hidePreviousService) previousBoardService = null;
  else {
    const years = serviceYears(ctx.form, ctx.now);
    if (d.previousService === "") fields.previousService = [MESSAGES.previousRequired];
    else if (d.previousService === "yes") {
      if (!d.previousServiceYears.length) fields.previousServiceYears = [MESSAGES.yearsRequired];
      else if (d.previousServiceYears.some((y) => !years.includes(y)))
        fields.previousServiceYears = [MESSAGES.badYear];
      else previousBoardService = [...new Set(d.previousServiceYears)].sort().join(", ");
    } else previousBoardService = NEW_MEMBER_LABEL[ctx.form];
  }
  const selfNomination = ctx.mode === "create" && d.selfNomination;
  const acks: Record<Ack, boolean> = {
    cocAcknowledged: false,
    missionAlignment: false,
    eligibilityConfirmed: false,
  };
  if (selfNomination) {
    if (!ctx.user.firstName || !ctx.user.lastName) fields.selfNomination = [MESSAGES.needName];
    const { shown, required } = ACKNOWLEDGMENTS[ctx.form];
    for (const a of shown) acks[a] = d[a];
    for (const a of required)
      if (!d[a]) fields[a] = [a === "cocAcknowledged" ? MESSAGES.cocRequired : MESSAGES.eligibilityRequired];
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, previousBoardService, acks, selfNomination };
}

/** Nominee.slug: slugify("first last") of its account. */
export const nomineeSlug = (u: { firstName: string; lastName: string; username: string }) =>
  slugify(`${u.firstName} ${u.lastName}`.trim()) || slugify(u.username);

const isStaff = (v: Viewer) => Boolean(v && (v.isStaff || v.isSuperuser));

/** Nominee.visible: accepted, approved and nominations no longer open → anyone; else staff or the nominee. */
export function nomineeVisible(
  n: { accepted: boolean; approved: boolean; userId: number | null },
  e: ElectionWindow,
  viewer: Viewer,
  now = new Date(),
) {
  if (n.accepted && n.approved && !nominationsOpen(e, now)) return true;
  return isStaff(viewer) || (viewer !== null && viewer.userId === n.userId);
}

/**
 * Nomination.visible: accepted and approved in an election with no nomination window → anyone;
 * else staff, the nominator or the nominee.
 */
export function nominationVisible(
  n: {
    accepted: boolean;
    approved: boolean;
    nominatorId: number | null;
    nominee: { userId: number | null } | null;
  },
  e: ElectionWindow,
  viewer: Viewer,
) {
  if (n.accepted && n.approved && !e.nominationsOpenAt) return true;
  if (!viewer) return false;
  return (
    isStaff(viewer) ||
    viewer.userId === n.nominatorId ||
    (n.nominee !== null && viewer.userId === n.nominee.userId)
  );
}

/** Nomination.editable: the nominee while open, or the nominator while open and neither accepted nor approved. */
export function nominationEditable(
  n: {
    accepted: boolean;
    approved: boolean;
    nominatorId: number | null;
    nominee: { userId: number | null } | null;
  },
  e: ElectionWindow,
  viewer: Viewer,
  now = new Date(),
) {
  if (!viewer || !nominationsOpen(e, now)) return false;
  if (n.nominee && n.nominee.userId === viewer.userId) return true;
  return viewer.userId === n.nominatorId && !(n.accepted || n.approved);
}

/** NominationAccept: only the nominee's account, only while nominations are open. */
export const nominationAcceptable = (
  n: { nominee: { userId: number | null } | null },
  e: ElectionWindow,
  viewer: Viewer,
  now = new Date(),
) => Boolean(viewer && n.nominee && n.nominee.userId === viewer.userId && nominationsOpen(e, now));

/** A path segment as a database id, or null (non-digits, zero, too large). */
export function dbIdOf(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}

import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import {
  getElection,
  getNomination,
  getNominee,
  listElections,
  listNominees,
  listUserNominations,
} from "./data";
import type { Viewer } from "./types";
import {
  dbIdOf,
  nominationAcceptable,
  nominationEditable,
  nominationVisible,
  nominationsComplete,
  nominationsOpen,
  nomineeVisible,
} from "./utils";

// Nominations pages differ per visitor (who may see which nominee or nomination): rendered per
// request from the session, never from a shared cache.
async function viewer(): Promise<Viewer> {
  const p = await getSessionPrincipal();
  return p ? { userId: p.userId, isStaff: p.isStaff, isSuperuser: p.isSuperuser } : null;
}

const signIn = (path: string): never => redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(path)}`);

async function electionOr404(slug: string) {
  const e = await getElection(slug);
  if (!e) notFound();
  return e;
}

export const loadElections = () => listElections();

export async function loadElection(slug: string) {
  return electionOr404(slug);
}

/**
 * NomineeList: once nominations are complete (or for a superuser) the accepted and approved
 * nominees with an account; before that a signed-in visitor sees only their own rows, others none.
 */
export async function loadNominees(slug: string) {
  const [election, who] = await Promise.all([electionOr404(slug), viewer()]);
  const complete = nominationsComplete(election);
  const nominees =
    complete || who?.isSuperuser
      ? await listNominees(election.id, { acceptedApproved: true })
      : who
        ? await listNominees(election.id, { userId: who.userId })
        : [];
  return { election, nominees, complete };
}

/** NomineeDetail: 404 unless the nominee is visible to the visitor. */
export async function loadNominee(slug: string, nomineeSlug: string) {
  const [election, who] = await Promise.all([electionOr404(slug), viewer()]);
  const nominee = await getNominee(election.id, nomineeSlug);
  if (!nominee || !nomineeVisible(nominee, election, who)) notFound();
  // What others see of the nominee: the nominations that are accepted and approved (self first).
  const shown = nominee.nominations
    .map((n) => ({ ...n, linkable: nominationVisible(n, election, who) }))
    .filter((n) => (n.accepted && n.approved) || n.linkable);
  return { election, nominee, nominations: shown };
}

/** NominationCreate: sign in first; 404 (with the reason) unless nominations are open. */
export async function loadNominationCreate(slug: string) {
  const who = await viewer();
  if (!who) signIn(`/nominations/${slug}/create/`);
  const election = await electionOr404(slug);
  const reason = nominationsComplete(election)
    ? `Nominations for ${election.name} Election are closed`
    : !nominationsOpen(election)
      ? `Nominations for ${election.name} Election are not open`
      : null;
  if (reason) notFound();
  return { election };
}

async function nominationOr404(slug: string, id: string) {
  const [election, who] = await Promise.all([electionOr404(slug), viewer()]);
  const pk = dbIdOf(id);
  const nomination = pk === null ? null : await getNomination(election.id, pk);
  if (!nomination) notFound();
  return { election, nomination, who };
}

/** NominationView: 404 unless visible; says whether the visitor may edit or accept. */
export async function loadNomination(slug: string, id: string) {
  const { election, nomination, who } = await nominationOr404(slug, id);
  if (!nominationVisible(nomination, election, who)) notFound();
  return {
    election,
    nomination,
    editable: nominationEditable(nomination, election, who),
    acceptable: nominationAcceptable(nomination, election, who),
  };
}

/** NominationEdit: sign in, then 403 unless editable (not a sign-in loop). */
export async function loadNominationEdit(slug: string, id: string) {
  if (!(await viewer())) signIn(`/nominations/${slug}/${id}/edit/`);
  const { election, nomination, who } = await nominationOr404(slug, id);
  if (!nominationEditable(nomination, election, who)) forbidden();
  return { election, nomination };
}

/** NominationAccept: sign in, then 403 unless the visitor is the nominee and nominations are open. */
export async function loadNominationAccept(slug: string, id: string) {
  if (!(await viewer())) signIn(`/nominations/${slug}/${id}/accept/`);
  const { election, nomination, who } = await nominationOr404(slug, id);
  if (!nominationAcceptable(nomination, election, who)) forbidden();
  return { election, nomination };
}

/** /users/nominations/: received and made, grouped by election (newest first), with editability. */
export async function loadUserNominations() {
  const who = await viewer();
  if (!who) return signIn("/users/nominations/");
  const { received, made } = await listUserNominations(who.userId);
  const withRights = <T extends (typeof received)[number]>(n: T) => ({
    ...n,
    editable: nominationEditable(n, n.election, who),
    acceptable: nominationAcceptable(n, n.election, who),
  });
  return { received: received.map(withRights), made: made.map(withRights) };
}

import "server-only";
import { db } from "@/lib/platform/db";

export async function listAdminElections() {
  return db.election.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
      date: true,
      nominationsOpenAt: true,
      nominationsCloseAt: true,
      kind: { select: { name: true } },
      _count: { select: { nominees: true, nominations: true } },
    },
    orderBy: [{ date: "desc" }, { id: "desc" }],
  });
}

export async function listAdminKinds() {
  return db.electionKind.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
      accentColor: true,
      nominationForm: true,
      _count: { select: { elections: true } },
    },
    orderBy: { name: "asc" },
  });
}

export async function getAdminKind(id: number) {
  return db.electionKind.findUnique({
    where: { id },
    select: { id: true, name: true, accentColor: true, nominationForm: true },
  });
}

/** One election with its nominees and nominations, as the admin's change page shows them. */
export async function getAdminElection(id: number) {
  return db.election.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      kindId: true,
      date: true,
      nominationsOpenAt: true,
      nominationsCloseAt: true,
      description: true,
      hidePreviousService: true,
      nominees: {
        select: {
          id: true,
          slug: true,
          accepted: true,
          approved: true,
          user: { select: { username: true, firstName: true, lastName: true, email: true } },
          _count: { select: { nominations: true } },
        },
        orderBy: { id: "asc" },
      },
      nominations: {
        select: {
          id: true,
          name: true,
          email: true,
          accepted: true,
          approved: true,
          nominator: { select: { username: true } },
          nominee: { select: { user: { select: { username: true } } } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
}

/**
 * Elections (apps/nominations): for each kind, one election open for nominations and one whose
 * window has closed. The closed ones have accepted+approved nominees (public), one accepted but
 * not approved and one not accepted (both hidden from the public list); the open Board election
 * has Alice's accepted nominee. Our own names and words.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";
import { findUserByName } from "./users";

const DAY = 86_400_000;

const PEOPLE = [
  { username: "dana.whitfield", firstName: "Dana", lastName: "Whitfield" },
  { username: "luis.ortega", firstName: "Luis", lastName: "Ortega" },
  { username: "mei.chen", firstName: "Mei", lastName: "Chen" },
  { username: "sipho.dlamini", firstName: "Sipho", lastName: "Dlamini" },
] as const;

const slugOf = (p: { firstName: string; lastName: string }) =>
  `${p.firstName} ${p.lastName}`.toLowerCase().replace(/\s+/g, "-");

const md = (text: string) => ({
  nominationStatement: text,
  nominationStatementMarkupType: "markdown" as const,
  nominationStatementRendered: renderMarkup(text, "markdown"),
});

type Nominee = {
  userId: number;
  name: string;
  email: string;
  accepted: boolean;
  approved: boolean;
  previous: string | null;
  statement: string;
  employer: string;
};

async function election(
  db: PrismaClient,
  data: {
    /** The election's title without its year: named and slugged by the year it is held. */
    title: string;
    kindId: number;
    date: Date;
    openAt: Date;
    closeAt: Date;
    description: string;
    hidePreviousService?: boolean;
  },
  nominees: Nominee[],
) {
  const name = `${data.date.getUTCFullYear()} ${data.title}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const e = await db.election.upsert({
    where: { slug },
    update: {},
    create: {
      name,
      slug,
      kindId: data.kindId,
      date: data.date,
      nominationsOpenAt: data.openAt,
      nominationsCloseAt: data.closeAt,
      description: data.description,
      descriptionMarkupType: "markdown",
      descriptionRendered: renderMarkup(data.description, "markdown"),
      hidePreviousService: data.hidePreviousService ?? false,
    },
  });
  for (const n of nominees) {
    if (await db.nominee.findFirst({ where: { electionId: e.id, userId: n.userId } })) continue;
    const nominee = await db.nominee.create({
      data: {
        electionId: e.id,
        userId: n.userId,
        accepted: n.accepted,
        approved: n.approved,
        slug: slugOf({ firstName: n.name.split(" ")[0]!, lastName: n.name.split(" ").slice(1).join(" ") }),
      },
    });
    await db.nomination.create({
      data: {
        electionId: e.id,
        nomineeId: nominee.id,
        nominatorId: n.userId,
        name: n.name,
        email: n.email,
        employer: n.employer,
        previousBoardService: data.hidePreviousService ? null : n.previous,
        ...md(n.statement),
        accepted: n.accepted,
        approved: n.approved,
        cocAcknowledged: true,
        missionAlignment: true,
        eligibilityConfirmed: true,
      },
    });
  }
  return e;
}

export async function seedNominations(db: PrismaClient, ids: Record<string, number>, now = new Date()) {
  const board = await db.electionKind.upsert({
    where: { name: "PSF Board" },
    update: {},
    create: { name: "PSF Board", slug: "psf-board", nominationForm: "board", accentColor: "#0073b7" },
  });
  const council = await db.electionKind.upsert({
    where: { name: "Packaging Council" },
    update: {},
    create: {
      name: "Packaging Council",
      slug: "packaging-council",
      nominationForm: "packaging_council",
      accentColor: "#7a3e9d",
    },
  });
  const people: Record<string, number> = {};
  for (const p of PEOPLE)
    people[p.username] = (
      (await findUserByName(db, p.username)) ??
      (await db.user.create({
        data: { ...p, email: `${p.username}@example.org`, emailVerified: now },
        select: { id: true },
      }))
    ).id;
  const person = (
    username: string,
    accepted: boolean,
    approved: boolean,
    previous: string | null,
    statement: string,
    employer: string,
  ): Nominee => {
    const p = PEOPLE.find((x) => x.username === username)!;
    return {
      userId: people[username]!,
      name: `${p.firstName} ${p.lastName}`,
      email: `${username}@example.org`,
      accepted,
      approved,
      previous,
      statement,
      employer,
    };
  };

  await election(
    db,
    {
      title: "PSF Board Election",
      kindId: board.id,
      date: new Date(now.getTime() + 45 * DAY),
      openAt: new Date(now.getTime() - 5 * DAY),
      closeAt: new Date(now.getTime() + 20 * DAY),
      description:
        "Nominations are open for **four seats** on the PSF Board of Directors. Any member may nominate a candidate, including themselves; nominees accept before the window closes.",
    },
    ids.alice
      ? [
          {
            userId: ids.alice,
            name: "Alice Moreau",
            email: "alice@example.org",
            accepted: true,
            approved: true,
            previous: "New board member",
            statement:
              "Alice has organised our local meetup for years and wants to grow the grants programme.",
            employer: "Lakeside Water Cooperative",
          },
        ]
      : [],
  );
  await election(
    db,
    {
      title: "PSF Board Election",
      kindId: board.id,
      date: new Date(now.getTime() - 320 * DAY),
      openAt: new Date(now.getTime() - 380 * DAY),
      closeAt: new Date(now.getTime() - 350 * DAY),
      description: "Last year's vote for three Board seats. The nominees below stood for election.",
    },
    [
      person(
        "dana.whitfield",
        true,
        true,
        "2021, 2022",
        "Dana chaired the finance committee and wants the PSF's reserves to fund more regional events.",
        "Whitfield Analytics",
      ),
      person(
        "luis.ortega",
        true,
        true,
        "New board member",
        "Luis runs a university Python course and will speak for teachers and students.",
        "Universidad de Valparaíso",
      ),
      person(
        "mei.chen",
        true,
        false,
        "New board member",
        "Mei maintains a packaging tool and would focus on security funding.",
        "Independent",
      ),
      person(
        "sipho.dlamini",
        false,
        false,
        "New board member",
        "Sipho organises PyCon Africa's travel grants.",
        "Open Source Africa",
      ),
    ],
  );
  await election(
    db,
    {
      title: "Packaging Council Election",
      kindId: council.id,
      date: new Date(now.getTime() + 60 * DAY),
      openAt: new Date(now.getTime() - 2 * DAY),
      closeAt: new Date(now.getTime() + 30 * DAY),
      description:
        "Nominations for the Packaging Council's second term. Nominees must be PSF voting members.",
    },
    [],
  );
  await election(
    db,
    {
      title: "Inaugural Packaging Council Election",
      kindId: council.id,
      date: new Date(now.getTime() - 200 * DAY),
      openAt: new Date(now.getTime() - 260 * DAY),
      closeAt: new Date(now.getTime() - 230 * DAY),
      description: "The first Packaging Council election: nobody had served before, so the form did not ask.",
      hidePreviousService: true,
    },
    [
      person(
        "mei.chen",
        true,
        true,
        null,
        "Mei has reviewed packaging standards proposals for six years.",
        "Independent",
      ),
      person(
        "luis.ortega",
        true,
        true,
        null,
        "Luis packages scientific software for a research lab.",
        "Universidad de Valparaíso",
      ),
    ],
  );
}

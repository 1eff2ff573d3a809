/** A demo PSF Board election open for nominations, with one accepted nominee (apps/nominations). */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const DAY = 86_400_000;

export async function seedNominations(db: PrismaClient, ids: Record<string, number>, now = new Date()) {
  const kind = await db.electionKind.upsert({
    where: { name: "PSF Board" },
    update: {},
    create: { name: "PSF Board", slug: "psf-board", nominationForm: "board" },
  });
  const election = await db.election.upsert({
    where: { slug: `${now.getUTCFullYear()}-psf-board-election` },
    update: {},
    create: {
      name: `${now.getUTCFullYear()} PSF Board Election`,
      slug: `${now.getUTCFullYear()}-psf-board-election`,
      kindId: kind.id,
      date: new Date(now.getTime() + 45 * DAY),
      nominationsOpenAt: new Date(now.getTime() - 5 * DAY),
      nominationsCloseAt: new Date(now.getTime() + 20 * DAY),
      description: "Nominate candidates for the PSF Board of Directors.",
      descriptionMarkupType: "plain",
      descriptionRendered: renderMarkup("Nominate candidates for the PSF Board of Directors.", "plain"),
    },
  });
  if (ids.alice && !(await db.nominee.findFirst({ where: { electionId: election.id, userId: ids.alice } }))) {
    const nominee = await db.nominee.create({
      data: {
        electionId: election.id,
        userId: ids.alice,
        accepted: true,
        approved: true,
        slug: "alice-example",
      },
    });
    await db.nomination.create({
      data: {
        electionId: election.id,
        nomineeId: nominee.id,
        nominatorId: ids.bob ?? null,
        name: "Alice Example",
        email: "alice@example.org",
        employer: "Example Co",
        nominationStatement: "Alice has organised our local meetup for years.",
        nominationStatementMarkupType: "plain",
        nominationStatementRendered: renderMarkup("Alice has organised our local meetup for years.", "plain"),
        accepted: true,
        approved: true,
        cocAcknowledged: true,
        missionAlignment: true,
        eligibilityConfirmed: true,
      },
    });
  }
}

/**
 * PSF members of several types (apps/users Membership): a Supporting and a Fellow voting member
 * who affirmed recently, a Contributing member who does not vote, and a Basic voting member
 * whose last affirmation is more than a year old (needs_vote_affirmation). Their accounts have
 * no password (demo rows, not sign-ins).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findUserByName } from "./users";

const DAY = 86_400_000;

const MEMBERS = [
  {
    username: "priya.raman",
    first: "Priya",
    last: "Raman",
    type: 1,
    votes: true,
    affirmedDaysAgo: 40,
    city: "Chennai",
    region: "Tamil Nadu",
    country: "India",
    postal: "600028",
  },
  {
    username: "tomas.novak",
    first: "Tomáš",
    last: "Novák",
    type: 5,
    votes: true,
    affirmedDaysAgo: 200,
    city: "Brno",
    region: "South Moravia",
    country: "Czechia",
    postal: "602 00",
  },
  {
    username: "kenji.mori",
    first: "Kenji",
    last: "Mori",
    type: 4,
    votes: false,
    affirmedDaysAgo: null,
    city: "Sapporo",
    region: "Hokkaido",
    country: "Japan",
    postal: "060-0001",
  },
  {
    username: "grace.okafor",
    first: "Grace",
    last: "Okafor",
    type: 0,
    votes: true,
    affirmedDaysAgo: 400,
    city: "Lagos",
    region: "Lagos",
    country: "Nigeria",
    postal: "101241",
  },
] as const;

export async function seedMembershipDemo(db: PrismaClient, now = new Date()) {
  for (const m of MEMBERS) {
    const email = `${m.username}@example.org`;
    const user =
      (await findUserByName(db, m.username)) ??
      (await db.user.create({
        data: { username: m.username, email, firstName: m.first, lastName: m.last, emailVerified: now },
        select: { id: true },
      }));
    await db.membership.upsert({
      where: { creatorId: user.id },
      update: {},
      create: {
        creatorId: user.id,
        membershipType: m.type,
        legalName: `${m.first} ${m.last}`,
        preferredName: m.first,
        emailAddress: email,
        city: m.city,
        region: m.region,
        country: m.country,
        postalCode: m.postal,
        psfCodeOfConduct: true,
        psfAnnouncements: m.type !== 4,
        votes: m.votes,
        lastVoteAffirmation:
          m.affirmedDaysAgo === null ? null : new Date(now.getTime() - m.affirmedDaysAgo * DAY),
        created: new Date(now.getTime() - 900 * DAY),
      },
    });
  }
}

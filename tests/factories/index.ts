/** Every factory in dependency order; used by prisma/seed.ts and the database tests. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedCommunity } from "./community";
import { seedContent } from "./content";
import { seedEvents } from "./events";
import { seedJobs } from "./jobs";
import { seedNews } from "./news";
import { seedReleases } from "./releases";
import { seedSponsors } from "./sponsors";
import { seedUsers } from "./users";

/** Idempotent: adds what is missing, never overwrites. Returns the generated password, if any. */
export async function seedAll(db: PrismaClient, password?: string, now = new Date()): Promise<string | null> {
  const { ids, password: created } = await seedUsers(db, password);
  const staff = ids.staff ?? null;
  await seedContent(db, staff);
  await seedReleases(db, staff);
  await seedNews(db, staff, now);
  await seedEvents(db, staff, now);
  await seedJobs(db, ids.alice ?? null, now);
  await seedSponsors(db, staff, ids.bob ?? null, now);
  await seedCommunity(db, ids, now);
  return created;
}

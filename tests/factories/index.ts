/**
 * Every factory in dependency order, one line per domain (each in tests/factories/<domain>.ts);
 * used by prisma/seed.ts and the database tests.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedBanners } from "./banners";
import { seedBlogs, seedFeedAggregates } from "./blogs";
import { seedBoxes, seedGeneratedBoxes } from "./boxes";
import { seedCodeSamples } from "./code-samples";
import { seedCommunity } from "./community";
import { seedCompanies } from "./companies";
import { seedDownloads } from "./downloads";
import { seedEvents } from "./events";
import { seedJobs } from "./jobs";
import { seedMailing } from "./mailing";
import { seedMembershipDemo } from "./membership";
import { seedMinutes } from "./minutes";
import { seedNavigation } from "./navigation";
import { seedNominations } from "./nominations";
import { seedPages } from "./pages";
import { seedPlatform } from "./platform";
import { seedSponsors } from "./sponsors";
import { seedSuccessStories } from "./success-stories";
import { seedMemberships, seedUsers } from "./users";
import { seedWorkGroups } from "./work-groups";

/** Idempotent: adds what is missing, never overwrites. Returns the generated password, if any. */
export async function seedAll(db: PrismaClient, password?: string, now = new Date()): Promise<string | null> {
  const { ids, password: created } = await seedUsers(db, password);
  const staff = ids.staff ?? null;
  await seedBoxes(db, staff);
  await seedNavigation(db);
  await seedPages(db, staff);
  await seedDownloads(db, staff);
  await seedBlogs(db, now);
  await seedSuccessStories(db, staff);
  await seedCodeSamples(db, staff);
  await seedBanners(db);
  await seedEvents(db, staff, now);
  await seedJobs(db, ids.alice ?? null, now);
  await seedSponsors(db, staff, ids.bob ?? null, now);
  await seedMinutes(db, staff, now);
  await seedCommunity(db, staff);
  await seedNominations(db, ids, now);
  await seedWorkGroups(db, ids);
  await seedCompanies(db);
  await seedMailing(db);
  await seedPlatform(db);
  await seedMemberships(db, ids, now);
  await seedMembershipDemo(db, now);
  await seedFeedAggregates(db, staff);
  await seedGeneratedBoxes();
  return created;
}

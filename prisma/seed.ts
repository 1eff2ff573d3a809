/**
 * `npm run db:seed`: idempotent demo content for every domain, built from tests/factories.
 * Running it again adds only what is missing and never overwrites edits.
 */
import "../scripts/load-env";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../lib/platform/env";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedAll } from "../tests/factories";

const url =
  env.DATABASE_URL ?? `postgresql://postgres@127.0.0.1:${env.EMBEDDED_DB_PORT}/postgres?sslmode=disable`;
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });

try {
  const password = await seedAll(db, env.SEED_PASSWORD);
  // The search index follows the database; build it so search works on a fresh site.
  const { reindexAll } = await import("../lib/site/search");
  const { total } = await reindexAll();
  await (await import("../lib/platform/db")).db.$disconnect();
  console.log(`Seeded demo content (${total} documents indexed for search).`);
  if (password) {
    console.log(
      `Demo accounts, all with the password ${env.SEED_PASSWORD ? "from SEED_PASSWORD" : password}:`,
    );
    console.log("  admin (superuser), staff (staff), moderator (job board admin), alice, bob (users)");
  }
} finally {
  await db.$disconnect();
}

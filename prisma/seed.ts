/**
 * `npm run db:seed`: idempotent demo content for every domain, built from tests/factories.
 * Running it again adds only what is missing and never overwrites edits. Run it with
 * `--conditions=react-server` (as db:seed does): the search sources are server-only modules.
 */
import "../scripts/load-env";
import { env } from "../lib/platform/env";
import { db } from "../lib/platform/db";
import { closeRedis } from "../lib/platform/redis";
import { reindexAll } from "../lib/site/search";
import { seedAll } from "../tests/factories";

try {
  const password = await seedAll(db, env.SEED_PASSWORD);
  // The search index follows the database; build it so search works on a fresh site.
  const { total } = await reindexAll();
  console.log(`Seeded demo content (${total} documents indexed for search).`);
  if (password) {
    console.log(
      `Demo accounts, all with the password ${env.SEED_PASSWORD ? "from SEED_PASSWORD" : password}:`,
    );
    console.log("  admin (superuser), staff (staff), moderator (job board admin), editor (content editor), alice, bob (users)");
  }
} finally {
  // Writes revalidate caches through Redis when REDIS_URL is set: close it so the process ends.
  await Promise.all([db.$disconnect(), closeRedis()]);
}

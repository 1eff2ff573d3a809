/**
 * `npm run db:<command>`: migrate (apply pending, like `prisma migrate deploy`), new <name>
 * (write a migration from the schema diff), status, reset (drop everything and migrate; the
 * npm script then seeds). Targets DATABASE_URL, or the embedded PGlite database when unset.
 */
import "../load-env";
import path from "node:path";
import { env } from "../../lib/platform/env";
import { startEmbeddedDatabase } from "../../lib/platform/embedded-db";
import { createMigration, migrateDeploy, migrationStatus, resetDatabase } from "./engine";

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return fn(env.DATABASE_URL);
  const embedded = await startEmbeddedDatabase({
    dataDir: env.EMBEDDED_DATA_DIR,
    port: env.EMBEDDED_DB_PORT,
  });
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}

const [command, arg] = process.argv.slice(2);
try {
  if (command === "migrate") {
    const applied = await withDatabase((url) => migrateDeploy(url));
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "new") {
    if (!arg) throw new Error("usage: npm run db:new -- <name>");
    // The diff replays the migrations on a temporary shadow database; PGlite serves only one.
    if (!env.DATABASE_URL) throw new Error("db:new needs a PostgreSQL server: set DATABASE_URL (see README).");
    const dir = await withDatabase((url) => createMigration(url, arg));
    console.log(
      dir
        ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql`
        : "Schema and migrations agree: no migration written.",
    );
  } else if (command === "status") {
    const status = await withDatabase((url) => migrationStatus(url));
    console.log(status.lines.join("\n"));
    process.exitCode = status.upToDate ? 0 : 1;
  } else if (command === "reset") {
    const applied = await withDatabase((url) => resetDatabase(url));
    console.log(`Database reset; applied ${applied.length} migrations.`);
  } else {
    throw new Error("usage: tsx scripts/db/cli.ts migrate|new <name>|status|reset");
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}

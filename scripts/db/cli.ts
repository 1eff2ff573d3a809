/**
 * `npm run db:<command>`: migrate (apply pending, like `prisma migrate deploy`), new <name>
 * (write a migration from the schema diff), status, reset (drop everything, migrate, seed).
 * Targets DATABASE_URL, or the embedded PGlite database when it is unset.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { migrateDeploy, migrationsDir, noFilters, openEngine, readMigrations, readSchemaFiles } from "./engine";

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return fn(env.DATABASE_URL);
  const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DATA_DIR, port: env.EMBEDDED_DB_PORT });
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function commandNew(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:new -- <name> (lowercase letters, digits, _)");
  await withDatabase(async (url) => {
    const engine = await openEngine(url);
    try {
      const migrations = await readMigrations();
      const files = (await readSchemaFiles()).map(([p, content]) => ({ path: p, content }));
      // From the migrations folder (replayed on a temporary shadow database) to the schema.
      const from = migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" };
      const out = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters: noFilters });
      const sql = (out.stdout ?? "").trim();
      if (!sql || sql === "-- This is an empty migration.") {
        console.log("Schema and migrations agree: no migration written.");
        return;
      }
      const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
      await writeFile(path.join(migrationsDir, "migration_lock.toml"), '# Managed by scripts/db; same format as Prisma Migrate.\nprovider = "postgresql"\n');
      console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
    } finally {
      engine.free();
    }
  });
}

async function commandStatus(): Promise<number> {
  return withDatabase(async (url) => {
    const engine = await openEngine(url);
    try {
      const migrations = await readMigrations();
      const d = await engine.diagnoseMigrationHistory({ migrationsList: migrations, optInToShadowDatabase: false, filters: noFilters });
      console.log(`${migrations.migrationDirectories.length} migrations found in prisma/migrations`);
      if (d.failedMigrationNames.length) console.log(`Failed: ${d.failedMigrationNames.join(", ")}`);
      if (d.editedMigrationNames.length) console.log(`Edited after apply: ${d.editedMigrationNames.join(", ")}`);
      const h = d.history;
      if (!h && !d.failedMigrationNames.length) {
        console.log("Database schema is up to date!");
        return 0;
      }
      if (h?.diagnostic === "databaseIsBehind") console.log(`Not yet applied: ${h.unappliedMigrationNames.join(", ")}`);
      else if (h?.diagnostic === "migrationsDirectoryIsBehind")
        console.log(`Applied but missing from the folder: ${h.unpersistedMigrationNames.join(", ")}`);
      else if (h?.diagnostic === "historiesDiverge") console.log("The database and the migrations folder have diverged.");
      return 1;
    } finally {
      engine.free();
    }
  });
}

async function commandReset() {
  await withDatabase(async (url) => {
    const engine = await openEngine(url);
    try {
      await engine.reset({ filter: noFilters });
    } finally {
      engine.free();
    }
    const applied = await migrateDeploy(url);
    console.log(`Database reset; applied ${applied.length} migrations.`);
  });
}

const [command, arg] = process.argv.slice(2);
try {
  if (command === "migrate") {
    const applied = await withDatabase(migrateDeploy);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "new") await commandNew(arg);
  else if (command === "status") process.exitCode = await commandStatus();
  else if (command === "reset") await commandReset();
  else throw new Error("usage: tsx scripts/db/cli.ts migrate|new <name>|status|reset");
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}

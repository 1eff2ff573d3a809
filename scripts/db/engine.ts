/**
 * Drives Prisma's official WASM schema engine through @prisma/adapter-pg, because the native
 * schema-engine binary cannot be downloaded here (see docs/operations.md). The migrations
 * folder and the `_prisma_migrations` table are the standard ones, so `prisma migrate deploy`
 * works unchanged wherever the native engine is available.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { adapterFactory, poolConfigFromUrl } from "./adapter";

export { poolConfigFromUrl };

const require = createRequire(import.meta.url);
export const rootDir = path.resolve(import.meta.dirname, "../..");
export const schemaDir = path.join(rootDir, "prisma/schema");
export const migrationsDir = path.join(rootDir, "prisma/migrations");

type Engine = {
  diff(p: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(p: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(p: unknown): Promise<{
    failedMigrationNames: string[];
    editedMigrationNames: string[];
    hasMigrationsTable: boolean;
    history:
      | { diagnostic: "databaseIsBehind"; unappliedMigrationNames: string[] }
      | { diagnostic: "migrationsDirectoryIsBehind"; unpersistedMigrationNames: string[] }
      | {
          diagnostic: "historiesDiverge";
          unappliedMigrationNames: string[];
          unpersistedMigrationNames: string[];
        }
      | null;
  }>;
  reset(p: unknown): Promise<void>;
  free(): void;
};

export const noFilters = { externalTables: [], externalEnums: [] };


/** Where a command reads the schema and migrations; tests point these at temporary copies. */
export type Dirs = { schemaDir: string; migrationsDir: string };
const defaultDirs: Dirs = { schemaDir, migrationsDir };

export async function readSchemaFiles(dir = schemaDir): Promise<[string, string][]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (n): Promise<[string, string]> => {
      const p = path.join(dir, n);
      return [p, await readFile(p, "utf8")];
    }),
  );
}

export async function readMigrations(baseDir = migrationsDir) {
  let dirs: string[] = [];
  try {
    dirs = (await readdir(baseDir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    dirs = [];
  }
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const lock = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (d) => {
        const content = await readFile(path.join(baseDir, d, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((e: Error) => ({ tag: "error" as const, value: e.message }));
        return { path: d, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

let wasmReady: Promise<{ SchemaEngine: { new: (...a: unknown[]) => Promise<Engine> } }> | null = null;

async function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global; keep the message for the error.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        process.stderr.write(`schema engine panic: ${message}\n`);
      },
    };
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = await import(path.join(pkgDir, "schema_engine_bg.js"));
    const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
    const mod = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

/** Opens a schema engine on the database at `url`; call `engine.free()` when done. */
export async function openEngine(url: string, dirs: Dirs = defaultDirs, verbose = false): Promise<Engine> {
  const bg = await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(url));
  const log = (msg: string) => {
    if (verbose) process.stderr.write(`${msg}\n`);
  };
  return bg.SchemaEngine.new({ datamodels: await readSchemaFiles(dirs.schemaDir) }, log, adapter);
}

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. */
export async function migrateDeploy(url: string, dirs: Dirs = defaultDirs): Promise<string[]> {
  const engine = await openEngine(url, dirs);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await readMigrations(dirs.migrationsDir),
      filters: noFilters,
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/**
 * Writes `<timestamp>_<name>/migration.sql` with the SQL that takes the migrations (replayed on
 * a temporary shadow database) to the schema. Returns the folder, or null when they agree.
 */
export async function createMigration(
  url: string,
  name: string,
  dirs: Dirs = defaultDirs,
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration names use lowercase letters, digits and _.");
  const engine = await openEngine(url, dirs);
  try {
    const migrations = await readMigrations(dirs.migrationsDir);
    const files = (await readSchemaFiles(dirs.schemaDir)).map(([p, content]) => ({ path: p, content }));
    const from = migrations.migrationDirectories.length
      ? { tag: "migrations", ...migrations }
      : { tag: "empty" };
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (out.stdout ?? "").trim();
    if (!sql || sql === "-- This is an empty migration.") return null;
    const dir = path.join(dirs.migrationsDir, `${timestamp()}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
    await writeFile(
      path.join(dirs.migrationsDir, "migration_lock.toml"),
      '# Managed by scripts/db, same format as Prisma Migrate.\nprovider = "postgresql"\n',
    );
    return dir;
  } finally {
    engine.free();
  }
}

export type MigrationStatus = { upToDate: boolean; lines: string[] };

/** What `db:status` prints: pending, failed or edited migrations. */
export async function migrationStatus(url: string, dirs: Dirs = defaultDirs): Promise<MigrationStatus> {
  const engine = await openEngine(url, dirs);
  try {
    const migrations = await readMigrations(dirs.migrationsDir);
    const d = await engine.diagnoseMigrationHistory({
      migrationsList: migrations,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const lines = [`${migrations.migrationDirectories.length} migrations found in prisma/migrations`];
    if (d.failedMigrationNames.length) lines.push(`Failed: ${d.failedMigrationNames.join(", ")}`);
    if (d.editedMigrationNames.length) lines.push(`Edited after apply: ${d.editedMigrationNames.join(", ")}`);
    const h = d.history;
    if (h?.diagnostic === "databaseIsBehind")
      lines.push(`Not yet applied: ${h.unappliedMigrationNames.join(", ")}`);
    else if (h?.diagnostic === "migrationsDirectoryIsBehind")
      lines.push(`Applied but missing from the folder: ${h.unpersistedMigrationNames.join(", ")}`);
    else if (h?.diagnostic === "historiesDiverge")
      lines.push("The database and the migrations folder have diverged.");
    const upToDate = !h && !d.failedMigrationNames.length && !d.editedMigrationNames.length;
    if (upToDate) lines.push("Database schema is up to date!");
    return { upToDate, lines };
  } finally {
    engine.free();
  }
}

/** Drops everything in the database, then applies every migration. */
export async function resetDatabase(url: string, dirs: Dirs = defaultDirs): Promise<string[]> {
  const engine = await openEngine(url, dirs);
  try {
    await engine.reset({ filter: noFilters });
  } finally {
    engine.free();
  }
  return migrateDeploy(url, dirs);
}

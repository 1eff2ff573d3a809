import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMigration,
  migrateDeploy,
  migrationStatus,
  migrationsDir,
  poolConfigFromUrl,
  schemaDir,
} from "../../scripts/db/engine";
import { createScratchDatabase } from "../setup/scratch-db";

async function tablesIn(url: string): Promise<string[]> {
  const c = new pg.Client(poolConfigFromUrl(url));
  await c.connect();
  const { rows } = await c.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  await c.end();
  return rows.map((r) => r.table_name);
}

async function mappedTables(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const f of (await readdir(dir)).filter((n) => n.endsWith(".prisma"))) {
    for (const m of (await readFile(path.join(dir, f), "utf8")).matchAll(/@@map\("([^"]+)"\)/g))
      names.push(m[1]!);
  }
  return names;
}

describe("db:migrate on an empty database", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });
  afterAll(async () => scratch?.drop());

  it("reports pending migrations, then creates every table and reports up to date", async () => {
    const before = await migrationStatus(scratch.url);
    expect(before.upToDate).toBe(false);
    expect(before.lines.join("\n")).toMatch(/Not yet applied: \d+_init/);

    const applied = await migrateDeploy(scratch.url);
    expect(applied.length).toBeGreaterThan(0);

    const tables = await tablesIn(scratch.url);
    const expected = await mappedTables(schemaDir);
    expect(expected.length).toBeGreaterThan(60);
    expect(tables).toEqual(expect.arrayContaining([...expected, "_prisma_migrations"]));
    expect((await migrationStatus(scratch.url)).upToDate).toBe(true);
    expect(await migrateDeploy(scratch.url)).toEqual([]);
  });
});

describe("db:new after a schema change", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let work: string;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    work = await mkdtemp(path.join(os.tmpdir(), "pydotorg-migrate-"));
    await cp(schemaDir, path.join(work, "schema"), { recursive: true });
    await cp(migrationsDir, path.join(work, "migrations"), { recursive: true });
  });
  afterAll(async () => {
    await scratch?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it("writes a new migration folder that db:migrate applies", async () => {
    const dirs = { schemaDir: path.join(work, "schema"), migrationsDir: path.join(work, "migrations") };
    await migrateDeploy(scratch.url, dirs);
    expect(await createMigration(scratch.url, "nothing_changed", dirs)).toBeNull();

    await writeFile(
      path.join(dirs.schemaDir, "probe.prisma"),
      'model ProbeNote {\n  id   Int    @id @default(autoincrement())\n  note String @default("")\n\n  @@map("probe_note")\n}\n',
    );
    const folder = await createMigration(scratch.url, "add_probe_note", dirs);
    expect(folder).not.toBeNull();
    expect(path.basename(folder!)).toMatch(/^\d{14}_add_probe_note$/);
    const sql = await readFile(path.join(folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "probe_note"');
    // Hand-written constraints of the init migration are not in the schema; the diff keeps them.
    expect(sql).not.toMatch(/DROP/);

    expect((await migrationStatus(scratch.url, dirs)).upToDate).toBe(false);
    expect(await migrateDeploy(scratch.url, dirs)).toEqual([path.basename(folder!)]);
    expect(await tablesIn(scratch.url)).toContain("probe_note");
    expect((await migrationStatus(scratch.url, dirs)).upToDate).toBe(true);
  });
});

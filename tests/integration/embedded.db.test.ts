import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/platform/embedded-db";
import { migrateDeploy, migrationStatus } from "../../scripts/db/engine";

const dataDir = await mkdtemp(path.join(os.tmpdir(), "pydotorg-embedded-"));
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe("embedded PGlite database", () => {
  it("migrates on disk and keeps its data across a stop and a start", async () => {
    const first = await startEmbeddedDatabase({ dataDir, port: 54341 });
    try {
      expect((await migrateDeploy(first.url)).length).toBeGreaterThan(0);
      await query(first.url, "INSERT INTO boxes_box (label, content, updated) VALUES ($1, $2, now())", [
        "kept",
        "still here",
      ]);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedDatabase({ dataDir, port: 54342 });
    try {
      expect((await migrationStatus(second.url)).upToDate).toBe(true);
      expect(await migrateDeploy(second.url)).toEqual([]);
      const rows = await query<{ content: string }>(
        second.url,
        "SELECT content FROM boxes_box WHERE label = $1",
        ["kept"],
      );
      expect(rows).toEqual([{ content: "still here" }]);
    } finally {
      await second.stop();
    }
  });
});

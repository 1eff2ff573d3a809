/** A throwaway database on the PostgreSQL server of DATABASE_URL, for tests that need an empty one. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { poolConfigFromUrl } from "../../scripts/db/engine";

export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is required");
  const name = `pydotorg_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(poolConfigFromUrl(base));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client(poolConfigFromUrl(base));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

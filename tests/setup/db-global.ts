/**
 * Database tests run against the database in DATABASE_URL (a real PostgreSQL in CI; scripts/test.ts
 * creates a fresh one). This setup refuses to run without it rather than silently skipping.
 */
import { migrateDeploy } from "../../scripts/db/engine";

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required for database tests (npm test creates one).");
  await migrateDeploy(url);
}

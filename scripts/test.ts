/**
 * `npm test`: lint, typecheck, unit tests, database tests, `next build`, then Playwright
 * against `next start`. Uses DATABASE_URL / REDIS_URL when set; otherwise a fresh
 * `pydotorg_test` database on the local PostgreSQL (127.0.0.1:5432) and the local Redis when
 * they answer, and the embedded PGlite database when no PostgreSQL is running.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import Redis from "ioredis";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/platform/embedded-db";
import { rootDir } from "./db/engine";

const bin = (p: string) => path.join(rootDir, "node_modules", p);
// `npm test -- seed build e2e -- <playwright args>`: the stages to run, then what Playwright gets.
const argv = process.argv.slice(2);
const cut = argv.indexOf("--");
const only = cut < 0 ? argv : argv.slice(0, cut);
const playwrightArgs = cut < 0 ? [] : argv.slice(cut + 1);

function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: rootDir, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 1000 }, () => (s.end(), resolve(true)));
    s.on("error", () => resolve(false));
    s.on("timeout", () => (s.destroy(), resolve(false)));
  });
}

async function freshLocalDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres" });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return `postgresql://postgres@127.0.0.1:5432/${name}`;
}

let embedded: EmbeddedDatabase | null = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  if (await reachable("127.0.0.1", 5432)) {
    databaseUrl = await freshLocalDatabase("pydotorg_test");
    console.log(`Using PostgreSQL at 127.0.0.1:5432, database pydotorg_test (fresh)`);
  } else {
    const dir = path.join(rootDir, ".data/test");
    await rm(dir, { recursive: true, force: true });
    embedded = await startEmbeddedDatabase({ dataDir: dir, port: 54331 });
    databaseUrl = embedded.url;
    console.log("No PostgreSQL found: using embedded PGlite for the database tests");
  }
}
let redisUrl = process.env.REDIS_URL;
if (!redisUrl && (await reachable("127.0.0.1", 6379))) redisUrl = "redis://127.0.0.1:6379/15";
if (!redisUrl) {
  // Tests talk to a real Redis; never skip them silently.
  console.error(
    "No Redis: start redis-server on 127.0.0.1:6379 or set REDIS_URL (`bash .ci/run` installs both).",
  );
  process.exit(1);
}

const env: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  SEED_PASSWORD: process.env.SEED_PASSWORD ?? "correct-horse-battery-staple",
  // Not UTC, so a time-zone assumption fails in tests (STYLE.md rule 9); vitest.config.ts pins the same.
  TZ: "America/New_York",
};
const node = process.execPath;
const tsx = bin("tsx/dist/cli.mjs");

try {
  step("lint", node, [bin("eslint/bin/eslint.js"), "--max-warnings=0", "."]);
  // What ESLint cannot see: lib/ holds folders only, the domain file vocabulary, file size, cycles.
  step("lint", node, [tsx, "scripts/check/structure.ts"]);
  step("typecheck", node, [bin("next/dist/bin/next"), "typegen"]);
  step("typecheck", node, [bin("typescript/bin/tsc"), "--noEmit"]);
  step("unit", node, [bin("vitest/vitest.mjs"), "run", "--project", "unit"], env);
  step("db", node, [tsx, "scripts/db/cli.ts", "migrate"], env);
  step("db", node, [bin("vitest/vitest.mjs"), "run", "--project", "db"], env);
  step("seed", node, [tsx, "scripts/db/cli.ts", "reset"], env);
  step("seed", node, [tsx, "--conditions=react-server", "prisma/seed.ts"], env);
  if (!only.length || only.includes("build")) {
    // The Next cache handlers keep entries in this Redis database; start from an empty cache so a
    // previous run's pages (built from another database) are never served.
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    await redis.flushdb();
    await redis.quit();
  }
  step("build", node, [bin("next/dist/bin/next"), "build"], { ...env, NODE_ENV: "production" });
  step("e2e", node, [bin("@playwright/test/cli.js"), "test", ...playwrightArgs], {
    ...env,
    NODE_ENV: "production",
  });
} finally {
  if (embedded) await embedded.stop();
}
console.log("\nAll checks passed.");

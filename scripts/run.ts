/**
 * `npm run dev` / `npm start`: runs Next on the configured services, or on embedded defaults
 * when they are unset (DESIGN.md, runtime modes). With no DATABASE_URL it starts PGlite on
 * disk (.data/pglite), applies migrations, seeds a fresh database and hands the socket URL to
 * Next. Redis, Meilisearch, SMTP and Inngest fall back inside the app itself.
 */
import "./load-env";
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { env } from "../lib/platform/env";
import { startEmbeddedDatabase } from "../lib/platform/embedded-db";
import { migrateDeploy, rootDir } from "./db/engine";
import { productionMemoryEnv } from "./memory-env";

const mode = process.argv[2] === "start" ? "start" : "dev";
const extraArgs = process.argv.slice(3);
// Production sits behind a load balancer or CDN that reuses idle connections: keep them open
// longer than their idle timeouts (Node closes them after 5 s, and a request sent on a closing
// socket fails with a reset). `npm start -- --keepAliveTimeout <ms>` overrides.
if (mode === "start" && !extraArgs.includes("--keepAliveTimeout"))
  extraArgs.push("--keepAliveTimeout", "65000");

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM users_user");
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}

function run(cmd: string, args: string[], extraEnv: Record<string, string>) {
  return spawn(cmd, args, { cwd: rootDir, stdio: "inherit", env: { ...process.env, ...extraEnv } });
}

let stopEmbedded: (() => Promise<void>) | null = null;
const childEnv: Record<string, string> = {};

if (!env.DATABASE_URL) {
  console.log(`No DATABASE_URL: starting embedded PostgreSQL (PGlite) in ${env.EMBEDDED_DATA_DIR}/pglite`);
  const embedded = await startEmbeddedDatabase({
    dataDir: env.EMBEDDED_DATA_DIR,
    port: env.EMBEDDED_DB_PORT,
  });
  stopEmbedded = embedded.stop;
  childEnv.DATABASE_URL = embedded.url;
  childEnv.EMBEDDED_DB = "1";
  const applied = await migrateDeploy(embedded.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (await isEmpty(embedded.url)) {
    console.log("Fresh database: seeding demo content");
    const code = await new Promise<number>((resolve) =>
      run(
        process.execPath,
        [path.join(rootDir, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed.ts"],
        childEnv,
      ).on("exit", (c) => resolve(c ?? 1)),
    );
    if (code !== 0) console.error("Seeding failed; the site starts anyway.");
  }
}
if (mode === "start" && !env.AUTH_SECRET) {
  console.error(
    "AUTH_SECRET is required for `npm start` (production mode). Use `npm run dev` to try the site.",
  );
}

// Absolute URLs (mail links, API resource_uri, the OpenAPI servers entry) come from SITE_URL.
// Unset, it follows the port Next is actually given (`-p`, `--port`, or PORT), not a fixed 3000.
const portArg = extraArgs.findIndex((a) => a === "-p" || a === "--port");
const port = Number(portArg >= 0 ? extraArgs[portArg + 1] : process.env.PORT || 3000);
if (!process.env.SITE_URL) {
  childEnv.SITE_URL = `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_URL) childEnv.NEXTAUTH_URL = childEnv.SITE_URL;
  if (mode === "start")
    console.warn(
      `SITE_URL is not set: absolute URLs will say ${childEnv.SITE_URL}. Set it to the public address.`,
    );
} else {
  const site = new URL(env.SITE_URL);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(site.hostname);
  const sitePort = Number(site.port || (site.protocol === "https:" ? 443 : 80));
  if (local && sitePort !== port)
    console.warn(
      `SITE_URL is ${env.SITE_URL} but the site listens on port ${port}: links in mail and the API will point elsewhere.`,
    );
}

// Production: a bounded heap and two malloc arenas (scripts/memory-env.ts), unless set already.
if (mode === "start") Object.assign(childEnv, productionMemoryEnv(process.env));

const next = run(
  process.execPath,
  [path.join(rootDir, "node_modules/next/dist/bin/next"), mode, ...extraArgs],
  childEnv,
);

async function shutdown(code: number) {
  if (stopEmbedded) await stopEmbedded().catch(() => undefined);
  process.exit(code);
}
next.on("exit", (code) => void shutdown(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    next.kill(sig);
  });
}

/**
 * The image's `next build` (Dockerfile): Next's standalone output, built where no database can be
 * reached. `next build` prerenders pages and runs generateStaticParams, which read the database;
 * with no DATABASE_URL this starts a throwaway PostgreSQL cluster (Debian's initdb and pg_ctl, the
 * `postgresql` package of the build stage) in a temporary folder, applies the migrations (no seed:
 * nothing of it is meant to be shown), builds against it and removes it. The embedded PGlite is no
 * substitute here: it answers one connection at a time and the build's concurrent prerenders
 * stalled on it. What the build renders is not what the image serves: with the Redis cache
 * handlers (REDIS_URL at build and run time) the build's entries go to a Redis that is not there,
 * and every page is rendered from the real database on its first request.
 */
import "./load-env";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { env } from "../lib/platform/env";
import { migrateDeploy, rootDir } from "./db/engine";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Debian's PostgreSQL binaries, the newest installed version. */
function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => path.join(base, v, "bin")).find((b) => existsSync(path.join(b, "initdb")));
  if (!bin) throw new Error("No DATABASE_URL and no PostgreSQL to start: apt-get install postgresql");
  return bin;
}

/** A throwaway cluster on a free loopback port; initdb and postgres refuse root, so as root they run as `postgres`. */
async function startThrowawayPostgres() {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const pg = (cmd: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : path.join(bin, cmd),
      asRoot ? ["-u", "postgres", "--", path.join(bin, cmd), ...args] : args,
      {
        stdio: "pipe",
      },
    );
  const dir = mkdtempSync(path.join(tmpdir(), "pydotorg-build-db-"));
  chmodSync(dir, 0o700);
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();
  pg("initdb", ["-D", dir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  pg("pg_ctl", ["-D", dir, "-l", path.join(dir, "log"), "-w", "-o", opts, "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      pg("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const buildEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_OUTPUT: "standalone" };
let stop: (() => void) | undefined;
if (!env.DATABASE_URL) {
  const db = await startThrowawayPostgres();
  stop = db.stop;
  await migrateDeploy(db.url);
  buildEnv.DATABASE_URL = db.url;
  console.log("Building against a throwaway PostgreSQL (migrated, empty).");
}
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    [path.join(rootDir, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: rootDir,
      stdio: "inherit",
      env: buildEnv,
    },
  );
  status = result.status ?? 1;
} finally {
  stop?.();
}
process.exit(status);

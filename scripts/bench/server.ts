/**
 * The server every bench mode drives: `next start` on a production build, on DATABASE_URL (or the
 * embedded database), with the per-client API limits lifted. Shared by the throughput bench
 * (run.ts) and the soak (soak.ts).
 */
import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { env } from "../../lib/platform/env";
import { startEmbeddedDatabase } from "../../lib/platform/embedded-db";
import { rootDir } from "../db/engine";
import { productionMemoryEnv } from "../memory-env";
import { cmdlineOf, processTree } from "./proc";

/** The build `next start` serves: next.config.mjs builds into NEXT_DIST_DIR when set, else .next. */
export const distDir = path.join(rootDir, process.env.NEXT_DIST_DIR || ".next");

/** The commit a run measured (`git describe --always --dirty`), "unknown" outside git. */
export function benchCommit(): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"], {
      cwd: rootDir,
      encoding: "utf8",
    }).trim();
  } catch {
    return "unknown";
  }
}

export type BenchServer = {
  base: string;
  /** The process that answers (next-server), whose memory the soak reports. */
  serverPid: () => number;
  stop: () => Promise<void>;
};

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

/**
 * `next start` may answer in the CLI process or in a child it forks, which names itself
 * `next-server`: the first process in the tree whose title says so, else the CLI itself.
 */
function findNextServer(root: number): number {
  return processTree(root).find((pid) => cmdlineOf(pid).startsWith("next-server")) ?? root;
}

/**
 * Starts `next start` on 127.0.0.1:`port` and waits until it answers. `uncached` points the
 * cache handlers at a Redis that is not there, so every 'use cache' read misses; `pageMiss` turns
 * the page (ISR) handler off alone (NEXT_PAGE_CACHE=off, cache-handlers/redis-incremental.mjs),
 * so each request renders its page from the data caches.
 */
export async function startBenchServer(opts: {
  port: number;
  uncached?: boolean;
  pageMiss?: boolean;
}): Promise<BenchServer> {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (with the same DATABASE_URL).");
  }
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DATA_DIR, port: env.EMBEDDED_DB_PORT });
  // The server's output goes to a file, so a run's 5xx can be read afterwards.
  const logFile = path.join(rootDir, ".data/bench", `server-${opts.port}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "w");
  const server = spawn(
    process.execPath,
    [
      path.join(rootDir, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(opts.port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: rootDir,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        // What `npm start` and the Docker image run with (scripts/memory-env.ts), so the bench
        // and the soak measure the memory settings that ship.
        ...productionMemoryEnv(process.env),
        NODE_ENV: "production",
        DATABASE_URL: env.DATABASE_URL ?? embedded!.url,
        AUTH_SECRET: env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
        // One client drives thousands of requests: lift the per-client API limits (DRF's 100 a day
        // for anonymous callers) so the numbers measure the handler, not the 429 path.
        RATE_LIMIT_SCALE: "1000000",
        ...(opts.uncached ? { REDIS_URL: "redis://127.0.0.1:9/0" } : {}),
        ...(opts.pageMiss ? { NEXT_PAGE_CACHE: "off" } : {}),
      },
    },
  );
  closeSync(log); // the child holds its own copy
  console.log(`Server log: ${path.relative(rootDir, logFile)}`);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    if (embedded) await embedded.stop();
  };
  const base = `http://127.0.0.1:${opts.port}`;
  try {
    // With uncached the health check answers 503 (its Redis is down on purpose): wait for a file.
    await waitFor(`${base}${opts.uncached ? "/robots.txt" : "/api/health/"}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, serverPid: () => findNextServer(server.pid!), stop };
}

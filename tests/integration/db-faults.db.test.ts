/**
 * Issue 22, Build 6: PostgreSQL down or frozen. The test starts its own throwaway cluster
 * (Debian's initdb / pg_ctl), points a pool with the server's timeouts at it, and answers through
 * withApi as every API route does: stopped and frozen, a request gets 503 with Retry-After in the
 * JSON error shape within 2 s (no hang); once the server is back, requests succeed within 5 s.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withApi } from "@/lib/api";
import { createClient, type PrismaClient } from "@/lib/platform/db";
import { noteDatabaseSuccess } from "@/lib/platform/db-status";

const BIN = "/usr/lib/postgresql/15/bin";
const asRoot = process.getuid?.() === 0;
let dir = "";
let port = 0;
let client: PrismaClient;
let frozen: number[] = [];

// initdb and postgres refuse to run as root: as root, run them as the postgres user.
const pg = (cmd: string, args: string[]) =>
  execFileSync(
    asRoot ? "runuser" : `${BIN}/${cmd}`,
    asRoot ? ["-u", "postgres", "--", `${BIN}/${cmd}`, ...args] : args,
    {
      stdio: "pipe",
    },
  );
const start = () =>
  pg("pg_ctl", [
    "-D",
    dir,
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    "start",
  ]);
const stop = () => pg("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);

/** The postmaster and its children (the backends holding our pooled connections). */
function serverPids(): number[] {
  const main = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(main)], { encoding: "utf8" })
    .split("\n")
    .map((s) => Number(s.trim()))
    .filter(Boolean);
  return [main, ...children];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
}

const handler = () =>
  withApi(
    {
      method: "GET",
      path: "/api/test/db/",
      summary: "probe",
      tags: [],
      responses: {},
      rateLimit: { anon: "api-read" },
    },
    async () => {
      const rows = await client.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;
      return Response.json(rows[0]);
    },
  );

async function call(): Promise<{ res: Response; ms: number }> {
  const t0 = Date.now();
  const res = await handler()(
    new Request("http://127.0.0.1/api/test/db/", {
      headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` },
    }),
    { params: Promise.resolve({}) },
  );
  return { res, ms: Date.now() - t0 };
}

async function recovers(): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < 10_000) {
    const { res } = await call();
    if (res.status === 200) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
  }
  return Infinity;
}

async function expectUnavailable() {
  const { res, ms } = await call();
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(await res.json()).toEqual({
    error: { code: "unavailable", message: "The database is not answering. Try again in a few seconds." },
  });
  expect(ms).toBeLessThan(2000);
}

describe("PostgreSQL down or frozen", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "pydotorg-pgfault-"));
    chmodSync(dir, 0o777);
    if (asRoot) execFileSync("chown", ["postgres", dir]);
    port = await freePort();
    pg("initdb", ["-D", dir, "-A", "trust", "-U", "postgres", "--no-sync"]);
    start();
    client = createClient(`postgresql://postgres@127.0.0.1:${port}/postgres`, {
      connectTimeoutMs: 1500,
      statementTimeoutMs: 1500,
    });
  });

  afterAll(async () => {
    for (const pid of frozen) process.kill(pid, "SIGCONT");
    await client?.$disconnect().catch(() => undefined);
    try {
      stop();
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
    noteDatabaseSuccess();
  });

  it("answers 200 while the database is up", async () => {
    const { res } = await call();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ one: 1 });
  });

  it("stopped: 503 with Retry-After within 2 s, and recovery within 5 s of the restart", async () => {
    stop();
    await expectUnavailable();
    await expectUnavailable();
    start();
    expect(await recovers()).toBeLessThan(5000);
  });

  it("frozen (SIGSTOP): 503 within 2 s instead of a hang, and recovery within 5 s of SIGCONT", async () => {
    expect((await call()).res.status).toBe(200); // a pooled connection to the server about to freeze
    frozen = serverPids();
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    await expectUnavailable();
    await expectUnavailable(); // a new connection to a frozen server times out too
    for (const pid of frozen) process.kill(pid, "SIGCONT");
    frozen = [];
    expect(await recovers()).toBeLessThan(5000);
  });

  it("a statement over the timeout is cancelled by the server and answered 503", async () => {
    const t0 = Date.now();
    const slow = withApi(
      {
        method: "GET",
        path: "/api/test/slow/",
        summary: "slow",
        tags: [],
        responses: {},
        rateLimit: { anon: "api-read" },
      },
      async () => Response.json(await client.$queryRaw`SELECT pg_sleep(5)`),
    );
    const res = await slow(
      new Request("http://127.0.0.1/api/test/slow/", { headers: { "x-forwarded-for": "198.51.100.250" } }),
      {
        params: Promise.resolve({}),
      },
    );
    expect(res.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await recovers()).toBeLessThan(5000);
  });
});

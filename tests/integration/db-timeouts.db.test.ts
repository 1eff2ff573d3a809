/**
 * Issue 22, Build 6: a statement the server cancels (statement_timeout, SQLSTATE 57014) or a
 * connection the pool cannot hand out in time (its connect timeout while every client is busy)
 * answers 503 with Retry-After, like a database that is down: through withApi for the APIs,
 * through the request guard for pages (Next answers a failed render with 500; the guard turns it
 * into 503). Under load the other requests' queries keep succeeding, so the page path cannot rely
 * on the process-wide "database down" state alone: a request whose own query timed out answers
 * 503 even when a query after it succeeded. Real PostgreSQL (the test database), pools with
 * 100 ms timeouts, pg_sleep(1) as the slow statement.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withApi } from "@/lib/api";
import { createClient, type PrismaClient } from "@/lib/platform/db";
import { databaseDown, noteDatabaseSuccess } from "@/lib/platform/db-status";
import { isDatabaseUnavailable } from "@/lib/platform/errors";
import { installRequestGuard } from "@/lib/platform/http/request-guard";

const url = process.env.DATABASE_URL ?? "";
// A pool whose statements the server cancels after 100 ms; a pool of one client with no
// statement timeout, whose connect timeout (100 ms) also bounds the wait for a busy client.
let slowClient: PrismaClient;
let singleClient: PrismaClient;

const sleep = (client: PrismaClient, seconds = 1) =>
  client.$queryRaw`SELECT pg_sleep(${seconds})::text AS slept`;
const one = (client: PrismaClient) => client.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;

/** Runs `work` and returns what it rejected with (it must reject). */
async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return e;
  }
  throw new Error("the query succeeded");
}

/** The pool's single client is busy for a second; a query asked for meanwhile waits for it. */
async function acquireTimeout(): Promise<unknown> {
  const busy = sleep(singleClient, 0.4).then(() => undefined); // a Prisma query runs once awaited
  await new Promise((r) => setTimeout(r, 20));
  const e = await failure(one(singleClient));
  await busy;
  return e;
}

const api = (work: () => Promise<unknown>) =>
  withApi(
    {
      method: "GET",
      path: "/api/test/timeout/",
      summary: "probe",
      tags: [],
      responses: {},
      rateLimit: { anon: "api-read" },
    },
    async () => Response.json(await work()),
  )(
    new Request("http://127.0.0.1/api/test/timeout/", {
      headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` },
    }),
    { params: Promise.resolve({}) },
  );

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(await res.json()).toEqual({
    error: { code: "unavailable", message: "The database is not answering. Try again in a few seconds." },
  });
}

beforeAll(() => {
  slowClient = createClient(url, { connectTimeoutMs: 1000, statementTimeoutMs: 100 });
  singleClient = createClient(url, { connectTimeoutMs: 100, statementTimeoutMs: 0, max: 1 });
});

afterAll(async () => {
  await Promise.all([slowClient?.$disconnect(), singleClient?.$disconnect()]);
  noteDatabaseSuccess();
});

describe("statement timeout and pool timeout are 'database unavailable'", () => {
  it("classifies a cancelled statement and a pool that hands out no client in time as unavailable", async () => {
    const cancelled = await failure(sleep(slowClient));
    noteDatabaseSuccess(); // the classification must not lean on the process-wide state
    expect(isDatabaseUnavailable(cancelled)).toBe(true);
    const starved = await acquireTimeout();
    noteDatabaseSuccess();
    expect(isDatabaseUnavailable(starved)).toBe(true);
  });

  it("an API answers 503 with Retry-After in the JSON error shape, quickly", async () => {
    const t0 = Date.now();
    await expectUnavailable(await api(() => sleep(slowClient)));
    expect(Date.now() - t0).toBeLessThan(1000);
    await expectUnavailable(
      await api(async () => {
        throw await acquireTimeout();
      }),
    );
  });

  it("an API whose statement timed out answers 503 even after other queries succeeded", async () => {
    await expectUnavailable(
      await api(async () => {
        try {
          return await sleep(slowClient);
        } catch (e) {
          await one(slowClient); // another request's query, meanwhile
          expect(databaseDown()).toBe(false);
          throw e;
        }
      }),
    );
  });
});

describe("a page whose render timed out on the database, through the request guard", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    installRequestGuard();
    // Stands in for Next: a render that fails answers 500 with its error page.
    server = http.createServer((req, res) => {
      const fail = (body: string) => {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(body);
      };
      const render = async () => {
        if (req.url === "/statement/") await sleep(slowClient);
        else if (req.url === "/transaction/")
          await slowClient.$transaction(async (tx) => sleep(tx as PrismaClient));
        else if (req.url === "/pool/") throw await acquireTimeout();
        else if (req.url === "/bug/") {
          await one(slowClient);
          throw new Error("a bug, not the database");
        }
      };
      render().then(
        () => res.end("page"),
        async () => {
          // The other requests under load: their queries succeed before this one answers.
          await one(slowClient);
          fail("<h1>Something went wrong</h1>");
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("a statement timeout answers 503 with Retry-After and the HTML error page, not 500", async () => {
    const t0 = Date.now();
    const res = await fetch(`${base}/statement/`);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(databaseDown()).toBe(false); // a later query succeeded: the outage is this request's
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("Something went wrong");
  });

  it("so does a statement timeout inside a transaction", async () => {
    const res = await fetch(`${base}/transaction/`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });

  it("a pool that hands out no client in time answers 503 with Retry-After", async () => {
    const res = await fetch(`${base}/pool/`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });

  it("a failure that is not the database's stays a 500, even beside one that was", async () => {
    const [bug, timedOut] = await Promise.all([fetch(`${base}/bug/`), fetch(`${base}/statement/`)]);
    expect(timedOut.status).toBe(503);
    expect(bug.status).toBe(500);
    expect(bug.headers.get("retry-after")).toBeNull();
  });
});

/**
 * The one Prisma client of the process (a globalThis singleton so dev reloads do not multiply
 * pools). Both runtime modes use @prisma/adapter-pg: DATABASE_URL, or the embedded PGlite
 * server that scripts/run.ts starts on EMBEDDED_DB_PORT.
 *
 * The pool has a connect timeout and a statement timeout (server side, with a client-side read
 * timeout a little longer for a server that does not answer at all), and notes every connection
 * failure and success in lib/platform/db-status.ts: while the database is down, errors map to
 * 503 with Retry-After (lib/platform/errors.ts, the request guard) instead of 500 or a hang; so
 * does a request whose own statement timed out or got no pooled client in time, even when other
 * requests' queries succeed meanwhile (the request's mark, db-status.ts).
 */
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import {
  isConnectionFailure,
  markDatabaseError,
  noteDatabaseFailure,
  noteDatabaseSuccess,
  noteRequestDatabaseFailure,
} from "./db-status";
import { env } from "./env";

/**
 * The Next server's timeouts when the environment sets none (see env.ts): 1.5 s in production (a
 * database that is down or frozen answers 503 within 2 s); 10 s under `next dev`, whose first
 * requests compile routes while the embedded database warms up, so a busy laptop is not shown 503s.
 */
export function defaultTimeoutMs(nextRuntime: string | undefined, nodeEnv: string): number {
  if (!nextRuntime) return 0; // scripts and tests wait as long as PostgreSQL does
  return nodeEnv === "development" ? 10_000 : 1500;
}
// How much longer than the statement timeout the client waits for a server that sends nothing.
const READ_GRACE_MS = 300;

export function databaseUrl(): string {
  return (
    env.DATABASE_URL ?? `postgresql://postgres@127.0.0.1:${env.EMBEDDED_DB_PORT}/postgres?sslmode=disable`
  );
}

export type PoolTimeouts = { connectTimeoutMs: number; statementTimeoutMs: number };
/** The timeouts, and the pool's size when it is not DATABASE_POOL_MAX (a test's starved pool). */
export type PoolSettings = PoolTimeouts & { max?: number };

export function poolTimeouts(): PoolTimeouts {
  const fallback = defaultTimeoutMs(env.NEXT_RUNTIME, env.NODE_ENV);
  return {
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS ?? fallback,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS ?? fallback,
  };
}

function watched<T>(result: T): T {
  if (!(result instanceof Promise)) return result;
  return result.then(
    (value: unknown) => {
      noteDatabaseSuccess();
      return value;
    },
    (e: unknown) => {
      markDatabaseError(e);
      if (isConnectionFailure(e)) {
        noteDatabaseFailure();
        noteRequestDatabaseFailure();
      }
      throw e;
    },
  ) as T;
}

/** A pg pool with the timeouts whose queries and connections report to db-status. */
export function createPool(connectionString: string, settings: PoolSettings = poolTimeouts()): pg.Pool {
  const { connectTimeoutMs, statementTimeoutMs, max = env.DATABASE_POOL_MAX } = settings;
  const pool = new pg.Pool({
    connectionString,
    max,
    ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
    ...(statementTimeoutMs
      ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + READ_GRACE_MS }
      : {}),
  });
  // When PostgreSQL stops, idle clients and clients the pool is already closing receive its
  // "terminating connection" (57P01); with no listener on the client or the pool (the adapter
  // removes its own on disconnect) that would be an uncaught exception.
  const onIdleError = (e: Error) => {
    if (isConnectionFailure(e)) noteDatabaseFailure();
  };
  pool.on("error", onIdleError);
  pool.on("connect", (client) => {
    client.on("error", onIdleError);
    // A transaction's statements go through its checked-out client, not pool.query.
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => watched(clientQuery(...args))) as typeof client.query;
  });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => watched(query(...args))) as typeof pool.query;
  pool.connect = ((...args: unknown[]) => watched(connect(...args))) as typeof pool.connect;
  return pool;
}

export function createClient(connectionString = databaseUrl(), settings?: PoolSettings): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(createPool(connectionString, settings)) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export { Prisma } from "@/lib/generated/prisma/client";
export type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Whether PostgreSQL is answering, as the pool last saw it (lib/platform/db.ts notes every
 * connection failure and every success). Read by the error mapping (an error while the database
 * is down is `unavailable`, 503 with Retry-After, whatever wrapped it) and by the request guard
 * (a page that failed while the database is down answers 503, not 500). Kept on globalThis: the
 * guard is loaded by instrumentation, the pool by the server bundles, and both must see one state.
 *
 * The process-wide state is cleared by the next query that succeeds, and under load another
 * request's query always does: a request whose own query timed out (statement timeout, no pooled
 * client in time) would still answer 500. So each request also carries its own mark (an
 * AsyncLocalStorage the request guard opens around the request), set when one of its queries
 * fails for want of the database.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** Seconds a client is told to wait (Retry-After) while the database is down. */
export const DATABASE_RETRY_AFTER = 5;
// A failure counts for this long unless a query succeeds first.
const DOWN_FOR_MS = 10_000;

type State = { downUntil: number };
const KEY = Symbol.for("pydotorg.databaseStatus");
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= { downUntil: 0 }) as State;

export function noteDatabaseFailure(): void {
  state.downUntil = Date.now() + DOWN_FOR_MS;
}

export function noteDatabaseSuccess(): void {
  state.downUntil = 0;
}

export function databaseDown(): boolean {
  return state.downUntil > Date.now();
}

type RequestMark = { databaseFailed: boolean };
const REQUESTS = Symbol.for("pydotorg.databaseStatus.requests");
const requests = ((globalThis as Record<symbol, unknown>)[REQUESTS] ??=
  new AsyncLocalStorage<RequestMark>()) as AsyncLocalStorage<RequestMark>;

/** Runs `fn` (a request's handling) with a mark of its own that databaseFailedInRequest reads. */
export function withRequestDatabaseMark<T>(fn: () => T): T {
  return requests.run({ databaseFailed: false }, fn);
}

/** Notes that a query of the current request failed for want of the database (see the pool). */
export function noteRequestDatabaseFailure(): void {
  const mark = requests.getStore();
  if (mark) mark.databaseFailed = true;
}

/** Whether a query of the current request failed for want of the database. */
export function databaseFailedInRequest(): boolean {
  return requests.getStore()?.databaseFailed === true;
}

// Prisma passes some pg errors through untouched (a plain Error "Query read timeout"): the pool
// marks every error it rejects with, so the error mapping knows it came from the database.
const FROM_DATABASE = Symbol.for("pydotorg.databaseError");

export function markDatabaseError(e: unknown): void {
  if (e && typeof e === "object") (e as Record<symbol, unknown>)[FROM_DATABASE] = true;
}

export function isMarkedDatabaseError(e: unknown): boolean {
  return !!e && typeof e === "object" && (e as Record<symbol, unknown>)[FROM_DATABASE] === true;
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EPIPE",
]);
// pg's own errors for a connection or read that timed out or broke carry no code, only these texts.
const CONNECTION_MESSAGES =
  /timeout exceeded when trying to connect|connection timeout|Connection terminated|Query read timeout|Client has encountered a connection error/i;

/**
 * Whether an error from the pg driver means the database cannot be reached or did not answer in
 * time: socket errors, pg's connect and read timeouts, and SQLSTATEs 08 (connection exception),
 * 53300 (too many connections), 57014 (statement timeout), 57P01-57P03 (shutting down, starting).
 */
export function isConnectionFailure(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  if (!err || typeof err !== "object") return false;
  const code = typeof err.code === "string" ? err.code : "";
  if (
    CONNECTION_CODES.has(code) ||
    code.startsWith("08") ||
    ["53300", "57014", "57P01", "57P02", "57P03"].includes(code)
  )
    return true;
  return typeof err.message === "string" && CONNECTION_MESSAGES.test(err.message);
}

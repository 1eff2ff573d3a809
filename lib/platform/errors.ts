/**
 * The one application error (STYLE.md rule 4): a closed code union with one status table. Route
 * handlers (lib/api), server actions and Inngest functions translate it; anything that is not
 * an AppError is logged and shown as a generic 500.
 */
import type { ZodError } from "zod";
import { DATABASE_RETRY_AFTER, databaseDown, isConnectionFailure, isMarkedDatabaseError } from "./db-status";

export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401, // not signed in, or bad credentials
  forbidden: 403, // signed in, not allowed
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * Field path → messages, keyed by the DOMAIN input's names ("releasePageId", "files.0.url"). The
 * agreed key for an error about the whole input (no one field) is `FORM_ERROR`, the empty string:
 * zod already reports root issues there, lib/api renders it as DRF's `non_field_errors` (Django's
 * NON_FIELD_ERRORS) and the admin forms show it above the fields. Wire names and the frameworks'
 * wording are the adapters' business (lib/api `wireErrors`, declared beside each operation).
 */
export type FieldErrors = Record<string, string[]>;

/** The key of errors about the whole input (see FieldErrors). */
export const FORM_ERROR = "";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Seconds, for rate_limited (sent as Retry-After). */
  readonly retryAfter?: number;
  /** Methods the resource allows, for method_not_allowed (sent as Allow). */
  readonly allow?: string[];

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; retryAfter?: number; allow?: string[]; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = extra.fields;
    this.retryAfter = extra.retryAfter;
    this.allow = extra.allow;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Zod issues as field errors keyed by dotted path ("" for form-level problems). */
export function fieldErrorsFromZod(error: ZodError, prefix?: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function validationError(error: ZodError, prefix?: string): AppError {
  return new AppError("validation_failed", "The request is not valid.", {
    fields: fieldErrorsFromZod(error, prefix),
    cause: error,
  });
}

type PrismaLikeError = {
  name?: string;
  code?: string;
  meta?: {
    target?: unknown;
    driverAdapterError?: {
      cause?: { constraint?: { fields?: string[]; index?: string }; table?: string; originalCode?: string };
    };
  };
};

/**
 * The columns of a violated unique constraint. Prisma 7 with driver adapters reports the index
 * name ("downloads_os_slug_key") rather than fields; PostgreSQL names them <table>_<cols>_key.
 */
function uniqueFields(err: PrismaLikeError): string[] {
  const target = err.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  const cause = err.meta?.driverAdapterError?.cause;
  if (cause?.constraint?.fields?.length) return cause.constraint.fields;
  const index = cause?.constraint?.index;
  if (index && cause?.table && index.startsWith(`${cause.table}_`) && index.endsWith("_key"))
    return [index.slice(cause.table.length + 1, -4)];
  return [];
}

/**
 * Maps Prisma's known request errors by class and code, never by message text: P2002 unique
 * violation → conflict, P2025 record missing → not_found, P2003 foreign key → conflict; a
 * PostgreSQL data exception (SQLSTATE class 22: a NUL byte in text, year 0000, a number beyond
 * its column) → bad_request, since only the input can cause one.
 * Returns the input unchanged when it is something else.
 */
export function fromPrismaError(e: unknown): unknown {
  const err = e as PrismaLikeError;
  if (isDatabaseUnavailable(e))
    return new AppError("unavailable", "The database is not answering. Try again in a few seconds.", {
      retryAfter: DATABASE_RETRY_AFTER,
      cause: e,
    });
  if (!err || err.name !== "PrismaClientKnownRequestError") return e;
  const sqlState = err.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof sqlState === "string" && sqlState.startsWith("22"))
    return new AppError("bad_request", "The request holds a value that cannot be stored or compared.", {
      cause: e,
    });
  switch (err.code) {
    case "P2002": {
      const names = uniqueFields(err);
      const fields = names.length
        ? Object.fromEntries(names.map((f) => [f, ["This value is already in use."]]))
        : undefined;
      return new AppError("conflict", "A record with this value already exists.", { fields, cause: e });
    }
    case "P2025":
      return new AppError("not_found", "Not found.", { cause: e });
    case "P2003":
      return new AppError("conflict", "The record is referenced by, or refers to, another record.", {
        cause: e,
      });
    default:
      return e;
  }
}

// Prisma's codes for a server it cannot reach, a dropped connection, a pool or socket timeout.
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * Whether an error from the database layer means PostgreSQL is down or frozen (503), not that
 * the request was wrong (4xx) or our code failed (500): Prisma's connection codes and the driver
 * adapter's kinds, pg's own connection errors, or any Prisma or driver error while the pool has
 * just seen the database fail (lib/platform/db-status.ts).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as
    | (PrismaLikeError & {
        cause?: unknown;
        meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
      })
    | null;
  if (!err || typeof err !== "object") return false;
  const name = typeof err.name === "string" ? err.name : "";
  const fromDatabase =
    name.startsWith("PrismaClient") || name === "DriverAdapterError" || isMarkedDatabaseError(e);
  if (fromDatabase && typeof err.code === "string" && UNREACHABLE_CODES.has(err.code)) return true;
  const cause = err.meta?.driverAdapterError?.cause;
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  if (cause?.originalCode && isConnectionFailure({ code: cause.originalCode })) return true;
  if (!fromDatabase) return false;
  return isConnectionFailure(e) || isConnectionFailure(err.cause) || databaseDown();
}

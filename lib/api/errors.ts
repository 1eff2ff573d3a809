/**
 * Error bodies per API family. Our own endpoints answer `{ error: { code, message, fields } }`;
 * routes that imitate python.org keep its bodies (reference §3): DRF `{"detail": ...}` or
 * `{field: [messages]}`, Tastypie empty 401/405/429 and `{"<resource>": {field: [messages]}}`.
 */
import type { ErrorFormat, WireErrors } from "./spec";
import { AppError, type FieldErrors } from "@/lib/platform/errors";

/**
 * A domain error in an operation's wire names and wording (the one place they are translated):
 * each field key renamed, each message reworded, as the operation's `wireErrors` declares. Two
 * domain keys may meet on one wire key (their messages are joined, as a serializer lists them).
 */
export function toWireError(err: AppError, wire: WireErrors | undefined): AppError {
  if (!wire || !err.fields) return err;
  const fields: FieldErrors = {};
  for (const [key, messages] of Object.entries(err.fields))
    (fields[wire.fields?.[key] ?? key] ??= []).push(...messages.map((m) => wire.messages?.[m] ?? m));
  return new AppError(err.code, err.message, {
    fields,
    retryAfter: err.retryAfter,
    allow: err.allow,
    cause: err.cause,
  });
}

export function renderApiError(format: ErrorFormat, err: AppError, resourceName?: string): string | null {
  if (format === "drf") {
    if (err.code === "validation_failed" && err.fields) {
      const body: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(err.fields)) body[k === "" ? "non_field_errors" : k] = v;
      return JSON.stringify(body);
    }
    return JSON.stringify({ detail: err.message });
  }
  if (format === "tastypie") {
    if (["unauthorized", "method_not_allowed", "rate_limited", "not_found"].includes(err.code)) return null;
    if (err.code === "validation_failed" && err.fields)
      return JSON.stringify({ [resourceName ?? "error"]: err.fields });
    return JSON.stringify({ error: err.message });
  }
  return JSON.stringify({
    error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
  });
}

/** DRF's messages, so clients matching on text keep working. */
export const drfMessages = {
  notAuthenticated: "Authentication credentials were not provided.",
  invalidToken: "Invalid token.",
  forbidden: "You do not have permission to perform this action.",
  notFound: "Not found.",
  methodNotAllowed: (m: string) => `Method "${m}" not allowed.`,
  throttled: (s: number) => `Request was throttled. Expected available in ${s} second${s === 1 ? "" : "s"}.`,
} as const;

/**
 * pydotorg/drf.py BaseFilterSet: a query parameter that is not a declared filter (field and
 * lookup) is a 400 with DRF's wording, instead of being ignored.
 */
export function assertKnownFilters(
  params: URLSearchParams,
  filters: Record<string, readonly string[]>,
): void {
  for (const key of params.keys()) {
    const [field, ...rest] = key.split("__");
    const lookup = rest.length ? rest.join("__") : "exact";
    if (!filters[field!]?.includes(lookup))
      throw new AppError("validation_failed", "Invalid filter.", {
        fields: { error: [`'${lookup}' is not an allowed filter on the '${field}' field.`] },
      });
  }
}

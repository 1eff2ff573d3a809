/**
 * The description of one API operation: what withApi (lib/api/index.ts) validates and enforces, and
 * what lib/site/openapi.ts publishes. Declared in a domain's api/ schema.ts next to its zod schemas, so
 * the handler and the documentation cannot drift apart. Pure data: no server imports.
 */
import type { z } from "zod";
import type { RateLimitName } from "@/lib/platform/rate-limit-names";

/** "app": `{ error: { code, message, fields } }`; "drf"/"tastypie": the python.org API bodies. */
export type ErrorFormat = "app" | "drf" | "tastypie";
/**
 * `Authorization: ApiKey <user>:<key>` (v1 style), `Authorization: Token <key>` (v2 style), and
 * the signed-in session cookie (our own endpoints; writes then need a same-origin request).
 */
export type AuthScheme = "apikey" | "token" | "session";
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Role = "signed-in" | "staff" | "superuser" | { permission: string };

/**
 * How the domain's rule errors read on this operation's wire: domain field key → wire key
 * ("releasePageId" → "release_page", "" → "non_field_errors"), domain message → the framework's
 * wording ("No such release page." → DRF's "Invalid hyperlink - Object does not exist.").
 * withApi applies it to errors the handler raises (the domain's), never to the body schema's
 * own errors, which already speak wire. Keys and messages not listed pass through unchanged.
 */
export type WireErrors = {
  fields?: Readonly<Record<string, string>>;
  messages?: Readonly<Record<string, string>>;
};

export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI path with `{param}` placeholders, e.g. "/api/v2/downloads/os/{id}/". */
  path: string;
  summary: string;
  tags: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success responses by status; the schema documents (and should serialize) the body. */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  auth?: readonly AuthScheme[];
  role?: Role;
  rateLimit?: { anon: RateLimitName; user?: RateLimitName };
  errors?: ErrorFormat;
  /** Tastypie resource name for its validation error envelope, e.g. "downloads/release_file". */
  resourceName?: string;
  /** Domain field errors → this wire's names and wording (see WireErrors). */
  wireErrors?: WireErrors;
};

export function defineOperation<const O extends ApiOperation>(op: O): O {
  return op;
}

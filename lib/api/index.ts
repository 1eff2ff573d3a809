/**
 * withApi: every JSON route handler goes through here (STYLE.md rule 3). It validates path,
 * query and body with the operation's zod schemas, authenticates API keys and tokens, checks the
 * role, applies the rate limit, adds CORS for reads, and turns AppError into its status with the
 * route family's error body; anything else is logged and answered as a generic 500.
 * `route()` fills in 405 (with Allow) for the methods a resource does not have, and OPTIONS.
 */
import "server-only";
import { ZodError, type z } from "zod";
import type { ApiOperation, ErrorFormat, HttpMethod } from "./spec";
import { recordAudit } from "@/lib/platform/audit";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { AppError, fromPrismaError, validationError } from "@/lib/platform/errors";
import { createRequestLogger, type Logger } from "@/lib/platform/log";
import { consumeRateLimit } from "@/lib/platform/rate-limit";
import { originOf } from "@/lib/platform/http/request-origin";
import { containsNul, isUtf8ContentType } from "@/lib/platform/http/body";
import { authenticate, checkRole } from "./auth";
import { anonymousLimit } from "./replay";
import { drfMessages, renderApiError, toWireError } from "./errors";
import type { Principal } from "@/lib/users/types";

const MAX_BODY_BYTES = 1024 * 1024;

export type ApiContext<O extends ApiOperation> = {
  req: Request;
  params: O["params"] extends z.ZodType ? z.output<O["params"]> : Record<string, never>;
  query: O["query"] extends z.ZodType ? z.output<O["query"]> : Record<string, never>;
  body: O["body"] extends z.ZodType ? z.output<O["body"]> : undefined;
  principal: Principal | null;
  log: Logger;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = (req: Request, ctx: RouteContext) => Promise<Response>;

/** A JSON response whose body is serialized through the given schema (never a raw row). */
export function json<S extends z.ZodType>(schema: S, data: z.input<S>, init: ResponseInit = {}): Response {
  return Response.json(schema.parse(data), init);
}

function parse<S extends z.ZodType>(schema: S | undefined, input: unknown) {
  if (!schema) return {};
  const r = schema.safeParse(input);
  if (!r.success) throw validationError(r.error);
  return r.data;
}

async function readBody(req: Request): Promise<unknown> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  if (!isUtf8ContentType(type))
    throw new AppError("unsupported_media_type", "Send the body as UTF-8 (charset=utf-8, or no charset).");
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES)
    throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  // PostgreSQL cannot store a NUL byte in text: refused here, as the request guard does for addresses.
  if (containsNul(body)) throw new AppError("bad_request", "The body contains a NUL byte.");
  return body;
}

function errorResponse(err: AppError, format: ErrorFormat, req: Request, resourceName?: string): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  if (err.allow) headers.set("allow", err.allow.join(", "));
  if (err.retryAfter) headers.set("retry-after", String(err.retryAfter));
  if (err.code === "unauthorized" && format === "drf") headers.set("www-authenticate", 'Token realm="api"');
  if (req.method === "GET" || req.method === "HEAD") headers.set("access-control-allow-origin", "*");
  const body = renderApiError(format, err, resourceName);
  if (body !== null) headers.set("content-type", "application/json");
  return new Response(body, { status: err.status, headers });
}

export function withApi<O extends ApiOperation>(
  op: O,
  handler: (ctx: ApiContext<O>) => Promise<Response>,
): RouteHandler {
  const format = op.errors ?? "app";
  return async (req, routeCtx) => {
    const { requestId, log } = createRequestLogger(req.headers, { method: req.method, route: op.path });
    let caller: Principal | null = null;
    try {
      const limits = op.rateLimit ?? { anon: anonymousLimit(op) };
      const ip = `ip:${getClientIp(req.headers)}`;
      const principal = await authenticate(req, op).catch(async (e: unknown) => {
        // Failed credentials count against the client's address, so keys cannot be guessed freely.
        await consumeRateLimit(limits.anon, ip);
        throw e;
      });
      caller = principal;
      checkRole(op, principal);
      const key = principal ? `u:${principal.userId}` : ip;
      await consumeRateLimit(principal ? (limits.user ?? limits.anon) : limits.anon, key);
      const url = new URL(req.url);
      const ctx = {
        req,
        params: parse(op.params, await routeCtx.params),
        query: parse(op.query, Object.fromEntries(url.searchParams)),
        body: op.body ? parse(op.body, await readBody(req)) : undefined,
        principal,
        log,
      } as ApiContext<O>;
      // The handler's AppErrors speak domain (releasePageId, "No such release page."): renamed
      // and reworded here, once, into this operation's wire (release_page, DRF's wording).
      const res = await handler(ctx).catch((e: unknown) =>
        Promise.reject(e instanceof AppError ? toWireError(e, op.wireErrors) : e),
      );
      // AC-LOG-1: every write through the API (staff publishing releases, pages) is audited.
      if (principal && !["GET", "HEAD", "OPTIONS"].includes(req.method) && res.status < 400)
        await recordAudit({
          ...originOf(req.headers),
          action: "api.write",
          actorId: principal.userId,
          targetType: op.resourceName ?? op.path,
          detail: { method: req.method, path: url.pathname, status: res.status },
        });
      res.headers.set("x-request-id", requestId);
      if (!res.headers.has("cache-control")) res.headers.set("cache-control", "no-store");
      if (req.method === "GET") res.headers.set("access-control-allow-origin", "*");
      return res;
    } catch (e) {
      let err = fromPrismaError(e);
      if (err instanceof ZodError) err = validationError(err);
      if (!(err instanceof AppError)) {
        log.error({ err: e }, "unhandled error in API handler");
        err = new AppError("internal", "Something went wrong on our side.");
      }
      // A signed-in caller refused by a role check is a failed authorization (AC-LOG-1).
      if (caller && (err as AppError).code === "forbidden")
        await recordAudit({
          ...originOf(req.headers),
          action: "authz.denied",
          actorId: caller.userId,
          detail: { method: req.method, path: new URL(req.url).pathname },
        });
      const appErr = drfWording(err as AppError, format, req.method);
      if (appErr.status >= 500) log.error({ code: appErr.code }, appErr.message);
      const res = errorResponse(appErr, format, req, op.resourceName);
      res.headers.set("x-request-id", requestId);
      return res;
    }
  };
}

function drfWording(err: AppError, format: ErrorFormat, method: string): AppError {
  // Tastypie's StaffAuthorization answers every refusal with 401 (HttpUnauthorized).
  if (format === "tastypie" && err.code === "forbidden") return new AppError("unauthorized", err.message);
  if (format !== "drf") return err;
  const text: Partial<Record<AppError["code"], string>> = {
    forbidden: drfMessages.forbidden,
    method_not_allowed: drfMessages.methodNotAllowed(method),
    rate_limited: drfMessages.throttled(err.retryAfter ?? 1),
  };
  const message = text[err.code];
  return message
    ? new AppError(err.code, message, { fields: err.fields, retryAfter: err.retryAfter, allow: err.allow })
    : err;
}

const ALL: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * The exports of a route.ts: the given handlers, 405 with Allow for the rest (in the route's
 * error format), and OPTIONS answering CORS preflights for reads.
 */
export function route(handlers: Partial<Record<HttpMethod, RouteHandler>>, format: ErrorFormat = "app") {
  const defined = ALL.filter((m) => handlers[m]);
  const allow = [...defined, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"];
  const notAllowed: RouteHandler = async (req) =>
    errorResponse(
      drfWording(
        new AppError("method_not_allowed", `Method ${req.method} is not allowed here.`, { allow }),
        format,
        req.method,
      ),
      format,
      req,
    );
  const options: RouteHandler = async () =>
    new Response(null, {
      status: 204,
      headers: {
        allow: allow.join(", "),
        "access-control-allow-origin": "*",
        "access-control-allow-methods": handlers.GET ? "GET, HEAD, OPTIONS" : "OPTIONS",
        "access-control-allow-headers": "Authorization, Content-Type",
        "access-control-max-age": "86400",
      },
    });
  return {
    GET: handlers.GET ?? notAllowed,
    POST: handlers.POST ?? notAllowed,
    PUT: handlers.PUT ?? notAllowed,
    PATCH: handlers.PATCH ?? notAllowed,
    DELETE: handlers.DELETE ?? notAllowed,
    OPTIONS: options,
  };
}

/**
 * Write methods of a DRF read-only viewset with IsStaffOrReadOnly: permissions are checked before
 * the method, so anonymous callers get 401, non-staff 403, and staff 405 with Allow.
 */
export function drfReadOnlyWrites(path: string): Partial<Record<HttpMethod, RouteHandler>> {
  const allow = ["GET", "HEAD", "OPTIONS"];
  const writes: HttpMethod[] = ["POST", "PUT", "PATCH", "DELETE"];
  return Object.fromEntries(
    writes.map((method) => [
      method,
      withApi(
        {
          method,
          path,
          summary: "Not allowed",
          tags: [],
          auth: ["token"],
          role: "staff",
          errors: "drf",
          responses: {},
        },
        async () => {
          throw new AppError("method_not_allowed", `Method ${method} is not allowed here.`, { allow });
        },
      ),
    ]),
  );
}

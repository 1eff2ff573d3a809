/**
 * Structured JSON logs (pino). AC-LOG-1 / ASVS 16.2.5: logs never hold passwords, tokens,
 * cookies, API keys or session ids. Three layers, because one missed path is a leak:
 * 1. pino `redact` paths for the known shapes (req.headers.cookie, *.password, ...);
 * 2. a log formatter that censors any key whose name ends like a secret, at any depth, and
 *    scrubs credentials out of every string value;
 * 3. the same string scrubber on the message and on serialized errors (a Prisma or SMTP error
 *    message often quotes its connection URL).
 */
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { env } from "./env";

export type { Logger };

export const CENSOR = "[Redacted]";

// Keys whose values are secrets wherever they appear; camelCase, snake_case and header spellings.
const SECRET_KEYS = [
  "password",
  "passwd",
  "newPassword",
  "currentPassword",
  "oldPassword",
  "password1",
  "password2",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "access_token",
  "refresh_token",
  "id_token",
  "sessionToken",
  "sessionId",
  "session_id",
  "csrfToken",
  "apiKey",
  "api_key",
  "x-api-key",
  "secret",
  "clientSecret",
  "client_secret",
  "authorization",
  "Authorization",
  "cookie",
  "Cookie",
  "set-cookie",
];

const segment = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);

/** pino redact paths: each secret key at the top level and two levels down, plus header shapes. */
export const REDACT_PATHS: string[] = [
  ...new Set([
    ...SECRET_KEYS.flatMap((k) => [segment(k).replace(/^\./, ""), `*${segment(k)}`, `*.*${segment(k)}`]),
    "req.headers.authorization",
    "req.headers.cookie",
    'res.headers["set-cookie"]',
    "headers.cookie",
    "headers.authorization",
  ]),
];

// Ends-with match on the key with separators removed: accessToken, client_secret, x-api-key, ...
const SECRET_KEY_RE = /(password|passwd|secret|token|apikey|authorization|cookie|sessionid|credentials?)s?$/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY_RE.test(key.toLowerCase().replace(/[-_]/g, ""));
}

/**
 * Removes credentials from free text: URL passwords (postgresql://user:pass@host ->
 * postgresql://user:***@host), secret-looking query parameters, and Authorization values.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]*@/gi, "$1:***@")
    .replace(
      /([?&](?:password|passwd|token|access_token|api_key|apikey|key|secret|signature|sig)=)[^&#\s]*/gi,
      "$1***",
    )
    .replace(/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]+/g, "$1 ***")
    .replace(/\b(ApiKey\s+[^\s:]+):\S+/g, "$1:***");
}

function scrubValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (value === null || typeof value !== "object") return value;
  // Errors are left to the err/error serializers below; URLs would stringify with their password.
  if (value instanceof Error) return value;
  if (value instanceof URL) return scrubSecrets(value.href);
  if (seen.has(value) || depth > 8) return "[Truncated]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, seen, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // Date, Buffer, class instances: JSON as usual
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = isSecretKey(k) ? CENSOR : scrubValue(v, seen, depth + 1);
  return out;
}

/** Scrubs a log object: secret keys at any depth are censored, strings lose their credentials. */
export function scrubObject(obj: Record<string, unknown>): Record<string, unknown> {
  return scrubValue(obj, new WeakSet(), 0) as Record<string, unknown>;
}

/** pino's error serializer, with credentials scrubbed from message, stack and extra fields. */
export function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return typeof err === "string" ? scrubSecrets(err) : err;
  const serialized = { ...pino.stdSerializers.err(err) } as Record<string, unknown>;
  return scrubObject(serialized);
}

export type CreateLoggerOptions = {
  level?: LoggerOptions["level"];
  /** Where JSON lines go; defaults to stdout. Tests pass a stream and parse the lines. */
  destination?: DestinationStream;
  base?: Record<string, unknown>;
};

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? env.LOG_LEVEL,
    base: { service: "pydotorg-next", ...options.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { err: serializeError, error: serializeError },
    formatters: {
      level: (label) => ({ level: label }),
      log: (obj) => scrubObject(obj),
    },
    hooks: {
      // The message and printf-style arguments are not objects, so the formatter never sees them.
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? scrubSecrets(a) : a)) as Parameters<
          typeof method
        >;
        method.apply(this, scrubbed);
      },
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

/** The process-wide logger; level from LOG_LEVEL. */
export const log: Logger = createLogger();

/** A child of the root logger carrying fixed bindings (module, job, requestId, ...). */
export function childLogger(bindings: Record<string, unknown>, parent: Logger = log): Logger {
  return parent.child(bindings);
}

// A client-supplied id is kept only if it cannot smuggle newlines, markup or huge payloads into logs.
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

type HeaderSource = Headers | Record<string, string | string[] | undefined> | null | undefined;

/** The request's `x-request-id` when it is a sane token, else a fresh UUID. */
export function getRequestId(headers?: HeaderSource): string {
  let raw: string | string[] | null | undefined;
  if (headers instanceof Headers) raw = headers.get("x-request-id");
  else if (headers) raw = headers["x-request-id"] ?? headers["X-Request-Id"];
  const candidate = Array.isArray(raw) ? raw[0] : raw;
  return candidate && SANE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * A child logger bound to the request's id, and the id itself (echo it in the response header).
 * The child is made on first use: pino redacts a child's bindings when it is made, which cost
 * about 6 % of the CPU of every API request (issue #22 profile), and most requests log nothing.
 */
export function createRequestLogger(
  headers?: HeaderSource,
  bindings: Record<string, unknown> = {},
  parent: Logger = log,
): { requestId: string; log: Logger } {
  const requestId = getRequestId(headers);
  let child: Logger | undefined;
  const real = () => (child ??= parent.child({ requestId, ...bindings }));
  const lazy = new Proxy({} as Logger, {
    get(_target, prop) {
      const value: unknown = Reflect.get(real(), prop);
      return typeof value === "function" ? value.bind(real()) : value;
    },
    has: (_target, prop) => Reflect.has(real(), prop),
  });
  return { requestId, log: lazy };
}

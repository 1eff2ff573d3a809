/**
 * The only reader of process.env (STYLE.md rule 10). Every variable is documented in
 * .env.example. In production a missing or weak secret stops start-up with a message that
 * names the variable.
 */
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.url().optional())
  .optional();

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  SITE_URL: z.url().default("http://localhost:3000"),
  // The header's logo image in place of our own mark (python.org puts the PSF's official files here).
  SITE_LOGO_URL: z
    .string()
    .regex(/^(https:\/\/|\/(?!\/))/, "an https URL or a /path")
    .optional(),
  PSF_LOGO_URL: z
    .string()
    .regex(/^(https:\/\/|\/(?!\/))/, "an https URL or a /path")
    .optional(),
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Connection and statement timeouts of the pool (lib/platform/db.ts), in ms; 0 is none. Unset,
  // the Next server uses 1500 ms (a database that is down or frozen answers 503 within 2 s; 10 s
  // under `next dev`) and scripts and tests wait as long as PostgreSQL does.
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).optional(),
  // Set by Next in its server processes ("nodejs" or "edge"); unset in scripts and tests.
  NEXT_RUNTIME: z.string().optional(),
  EMBEDDED_DATA_DIR: z.string().default(".data"),
  // Set by scripts/run.ts when DATABASE_URL points at the embedded PGlite server it started.
  EMBEDDED_DB: flag,
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  REDIS_URL: optionalUrl,
  MEILISEARCH_URL: optionalUrl,
  MEILISEARCH_API_KEY: z.string().optional(),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("python.org <noreply@python.org>"),
  // PyCon US voucher API (create_pycon_vouchers_for_sponsors): host, key and signing secret.
  PYCON_API_HOST: z.string().optional(),
  PYCON_API_KEY: z.string().optional(),
  PYCON_API_SECRET: z.string().optional(),
  INNGEST_DEV: flag,
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: optionalUrl,
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  // GitHub Enterprise (or a test provider) instead of github.com / api.github.com.
  GITHUB_URL: z.url().default("https://github.com"),
  GITHUB_API_URL: z.url().default("https://api.github.com"),
  // OpenID Connect issuer for the Google provider (discovery at <issuer>/.well-known/...).
  GOOGLE_ISSUER: z.url().default("https://accounts.google.com"),
  FASTLY_API_KEY: z.string().optional(),
  FASTLY_SERVICE_ID: z.string().optional(),
  // The shipped edge cache (edge/varnish.vcl), purged with the same keys as Fastly.
  EDGE_PURGE_URL: z.url().optional(),
  // Origin the home, downloads and events pages are requested through after a purge (the edge in
  // docker-compose.yml); unset: no warming (lib/platform/cdn/warm.ts).
  CACHE_WARM_URL: optionalUrl,
  DOWNLOAD_BASE_URL: z.url().default("https://www.python.org/ftp/python/"),
  // Have I Been Pwned's k-anonymity range API for refusing breached passwords; "" turns it off.
  HIBP_RANGE_URL: z.union([z.literal(""), z.url()]).default("https://api.pwnedpasswords.com/range/"),
  // Support status and end-of-life dates of each series, refreshed hourly (downloads-refresh-release-cycle).
  RELEASE_CYCLE_URL: z.url().default("https://peps.python.org/api/release-cycle.json"),
  // Proxies of ours in front of the app (load balancer, CDN), each appending the address it saw to
  // X-Forwarded-For. Rate limits key on the entry the outermost one appended (AC-IP-1).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  // Multiplies every rate limit's points (load tests, or a site that wants looser limits).
  RATE_LIMIT_SCALE: z.coerce.number().min(1).max(1_000_000).default(1),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_PASSWORD: z.string().optional(),
  // File storage (lib/platform/storage): local disk under MEDIA_ROOT unless S3_BUCKET is set.
  MEDIA_ROOT: z.string().optional(),
  // Public base of stored files ("/media" on local disk; the bucket or its CDN on S3).
  MEDIA_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  // S3-compatible bucket for stored files (path-style URLs); set S3_BUCKET to use it.
  S3_ENDPOINT: optionalUrl,
  S3_BUCKET: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // python.org keeps media under media/ in its bucket (MEDIAFILES_LOCATION).
  S3_KEY_PREFIX: z.string().default("media/"),
  // Largest page attachment accepted (bytes).
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema>;

const WEAK = new Set(["changeme", "secret", "password", "development", "test"]);

/** Parses an env record; throws one Error listing every problem, each naming its variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production") {
    const problems: string[] = [];
    const secret = env.AUTH_SECRET;
    if (!secret) problems.push("  AUTH_SECRET: required in production (32+ random characters)");
    else if (secret.length < 32 || WEAK.has(secret.toLowerCase()))
      problems.push("  AUTH_SECRET: too weak; use 32+ random characters (openssl rand -base64 32)");
    if (env.GITHUB_ID && !env.GITHUB_SECRET) problems.push("  GITHUB_SECRET: required when GITHUB_ID is set");
    if (env.GOOGLE_ID && !env.GOOGLE_SECRET) problems.push("  GOOGLE_SECRET: required when GOOGLE_ID is set");
    if (env.S3_BUCKET && !(env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY))
      problems.push("  S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set");
    if (env.FASTLY_SERVICE_ID && !env.FASTLY_API_KEY)
      problems.push("  FASTLY_API_KEY: required when FASTLY_SERVICE_ID is set");
    if (problems.length) throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return env;
}

export const env: Env = parseEnv(process.env);

// next-auth reads NEXTAUTH_URL itself to build OAuth callback URLs; without it that would be
// http://localhost:3000 whatever SITE_URL says.
if (!env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = env.SITE_URL;

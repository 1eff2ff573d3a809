/**
 * AC-LOG-1, run after the whole Playwright suite (globalTeardown): the app's log output of the
 * run (written by playwright.config.ts) must not contain a password, a CSRF token, a session
 * cookie or an API key, whatever the tests did (sign-ins, resets, key creation, failures).
 */
import { existsSync, readFileSync } from "node:fs";

/** One log per server port (playwright.config.ts), so parallel runs on other ports keep their own. */
export const SERVER_LOG = `.data/e2e/server-${process.env.E2E_PORT ?? 3100}.log`;

const secrets: [string, RegExp][] = [
  [
    "the seed password",
    new RegExp((process.env.SEED_PASSWORD ?? "correct-horse-battery-staple").replace(/[-]/g, "\\-")),
  ],
  ["a test passphrase", /passphrase/i],
  ["a password field", /"password\d?"\s*:/i],
  ["a CSRF token", /csrfToken|csrf-token=/i],
  ["a session cookie value", /session-token=[^;\s"]{10,}/],
  ["an API key", /\b(Token|ApiKey [^:\s]+:)\s?[0-9a-f]{40}\b/],
];

export default function scanServerLog() {
  if (!existsSync(SERVER_LOG))
    throw new Error(`AC-LOG-1: ${SERVER_LOG} is missing; the server log was not captured`);
  const lines = readFileSync(SERVER_LOG, "utf8").split("\n");
  // At least next start's banner: an empty file means the capture broke, not a clean log.
  if (lines.length < 3) throw new Error(`AC-LOG-1: only ${lines.length} log lines captured`);
  const found = lines.flatMap((line, i) =>
    secrets.filter(([, re]) => re.test(line)).map(([what]) => `line ${i + 1}: ${what}`),
  );
  if (found.length) throw new Error(`AC-LOG-1: secrets in the server log:\n${found.slice(0, 20).join("\n")}`);
  console.log(`AC-LOG-1: ${lines.length} server log lines scanned, no secrets`);
}

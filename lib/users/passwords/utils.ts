/**
 * Password hashing (AC-AUTH-4): argon2id with OWASP parameters for every new hash, and
 * verification of hashes imported from Django (`pbkdf2_sha256$<iterations>$<salt>$<base64>`),
 * which the caller rehashes to argon2id after a successful sign-in (`needsRehash`).
 */
import { pbkdf2, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { hash, verify } from "@node-rs/argon2";

const pbkdf2Async = promisify(pbkdf2);

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
// algorithm 2 = Argon2id (the package exports it as an ambient const enum).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2);
}

export type PasswordCheck = { ok: boolean; needsRehash: boolean };

/** Django's PBKDF2PasswordHasher; the salt is used as its UTF-8 text, like Django does. */
async function verifyDjangoPbkdf2(stored: string, plain: string): Promise<boolean> {
  const [algorithm, iterations, salt, expected] = stored.split("$");
  if (algorithm !== "pbkdf2_sha256" || !iterations || !salt || !expected) return false;
  const rounds = Number(iterations);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10_000_000) return false;
  const want = Buffer.from(expected, "base64");
  if (want.length === 0) return false;
  // Django hashed the password exactly as typed (no Unicode normalisation): try that first, then
  // its NFC form, for a password first typed on a system that sends the other form.
  for (const candidate of new Set([plain, plain.normalize("NFC")])) {
    const got = await pbkdf2Async(candidate, salt, rounds, want.length, "sha256");
    if (got.length === want.length && timingSafeEqual(got, want)) return true;
  }
  return false;
}

/** Checks `plain` against a stored hash of either kind; never throws on malformed hashes. */
export async function verifyPassword(
  stored: string | null | undefined,
  plain: string,
): Promise<PasswordCheck> {
  if (!stored) return { ok: false, needsRehash: false };
  if (stored.startsWith("$argon2")) {
    const ok = await verify(stored, plain).catch(() => false);
    const current = stored.startsWith(
      `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`,
    );
    return { ok, needsRehash: ok && !current };
  }
  if (stored.startsWith("pbkdf2_sha256$")) {
    const ok = await verifyDjangoPbkdf2(stored, plain);
    return { ok, needsRehash: ok };
  }
  return { ok: false, needsRehash: false };
}

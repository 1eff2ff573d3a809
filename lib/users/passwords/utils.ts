/**
 * Password hashing (AC-AUTH-4): argon2id with OWASP parameters for every new hash, and
 * verification of hashes imported from Django's default hashers (`pbkdf2_sha256$<iterations>$<salt>$<base64>`,
 * then pbkdf2_sha1, argon2 and scrypt; BCryptSHA256 is not verified: those users reset their password),
 * which the caller rehashes to argon2id after a successful sign-in (`needsRehash`).
 */
import { pbkdf2, scrypt, timingSafeEqual } from "node:crypto";
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

/**
 * Django's PBKDF2PasswordHasher (pbkdf2_sha256, its default) and PBKDF2SHA1PasswordHasher
 * (pbkdf2_sha1, older accounts); the salt is used as its UTF-8 text, like Django does.
 */
async function verifyDjangoPbkdf2(stored: string, plain: string): Promise<boolean> {
  const [algorithm, iterations, salt, expected] = stored.split("$");
  const digest = algorithm === "pbkdf2_sha256" ? "sha256" : algorithm === "pbkdf2_sha1" ? "sha1" : null;
  if (!digest || !iterations || !salt || !expected) return false;
  const rounds = Number(iterations);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10_000_000) return false;
  const want = Buffer.from(expected, "base64");
  if (want.length === 0) return false;
  // Django hashed the password exactly as typed (no Unicode normalisation): try that first, then
  // its NFC form, for a password first typed on a system that sends the other form.
  for (const candidate of new Set([plain, plain.normalize("NFC")])) {
    const got = await pbkdf2Async(candidate, salt, rounds, want.length, digest);
    if (got.length === want.length && timingSafeEqual(got, want)) return true;
  }
  return false;
}

/** Django's ScryptPasswordHasher: `scrypt$<N>$<salt>$<r>$<p>$<base64 64-byte key>`. */
async function verifyDjangoScrypt(stored: string, plain: string): Promise<boolean> {
  const [, n, salt, r, p, expected] = stored.split("$");
  const [N, blockSize, parallelism] = [Number(n), Number(r), Number(p)];
  if (!salt || !expected || ![N, blockSize, parallelism].every((v) => Number.isInteger(v) && v > 0)) return false;
  // Bounded work: Django's default is N=2^14, r=8, p=1 (16 MiB); refuse what would cost far more.
  const memory = 128 * N * blockSize * parallelism;
  if (N > 2 ** 20 || memory > 256 * 1024 * 1024) return false;
  const want = Buffer.from(expected, "base64");
  if (want.length === 0) return false;
  const got = await new Promise<Buffer | null>((resolve) =>
    scrypt(plain, salt, want.length, { N, r: blockSize, p: parallelism, maxmem: memory + 1024 * 1024 }, (err, key) =>
      resolve(err ? null : key),
    ),
  );
  return got !== null && got.length === want.length && timingSafeEqual(got, want);
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
  // Django's Argon2PasswordHasher stores "argon2" before the PHC string argon2 itself writes.
  if (stored.startsWith("argon2$argon2")) {
    const ok = await verify(stored.slice("argon2".length), plain).catch(() => false);
    return { ok, needsRehash: ok };
  }
  if (stored.startsWith("pbkdf2_sha256$") || stored.startsWith("pbkdf2_sha1$")) {
    const ok = await verifyDjangoPbkdf2(stored, plain);
    return { ok, needsRehash: ok };
  }
  if (stored.startsWith("scrypt$")) {
    const ok = await verifyDjangoScrypt(stored, plain);
    return { ok, needsRehash: ok };
  }
  return { ok: false, needsRehash: false };
}

import { describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { hashPassword, verifyPassword } from "./utils";

// Computed independently with Python: hashlib.pbkdf2_hmac('sha256', pw, salt, iterations, 32).
const DJANGO_1M = "pbkdf2_sha256$1000000$c2FsdHlzYWx0$Yt1tN7k3flnKzBBwVLS0hkTuQHiDoDKxuf/rYU47RZs=";
const DJANGO_150K_UNICODE = "pbkdf2_sha256$150000$TAqxQ4O0uzV2$U/ttv+uQ3+5h+OzjBgEQInnox4LX2cDppYnGxH+gErI=";

describe("passwords", () => {
  it("hashes new passwords with argon2id m=19456,t=2,p=1", async () => {
    const stored = await hashPassword("a long passphrase");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "a long passphrase")).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword(stored, "a long passphrasE")).toEqual({ ok: false, needsRehash: false });
  });

  it("verifies a Django pbkdf2_sha256 hash and asks for a rehash", async () => {
    expect(await verifyPassword(DJANGO_1M, "correct horse battery")).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword(DJANGO_150K_UNICODE, "pässwörd-ünïcode")).toEqual({
      ok: true,
      needsRehash: true,
    });
  });

  it("verifies a Django hash of a password typed in decomposed (NFD) form, as Django stored it", async () => {
    // hashlib.pbkdf2_hmac over unicodedata.normalize("NFD", "café crème brûlée"): Django never normalises.
    const nfdHash = "pbkdf2_sha256$150000$NfdSalt12345$mmztV5nN5i3elorGmA6JrwCfe+rcowlV0zP2x3vpG3M=";
    const typed = "café crème brûlée";
    expect((await verifyPassword(nfdHash, typed.normalize("NFD"))).ok).toBe(true);
    expect((await verifyPassword(nfdHash, "cafe creme brulee")).ok).toBe(false);
  });

  it("verifies Django's other default hashers: pbkdf2_sha1, scrypt and argon2, and asks for a rehash", async () => {
    // Computed independently with Python: hashlib.pbkdf2_hmac('sha1', pw, salt, 260000, 20) and
    // hashlib.scrypt(pw, salt=salt, n=2**14, r=8, p=1, dklen=64), in Django's encodings.
    const sha1 = "pbkdf2_sha1$260000$pbkdfonesalt$ypxbifcfwkoYacvlERAJUH8HsUw=";
    const scrypt =
      "scrypt$16384$scryptsaltvalue1$8$1$AGVXDq+SKgRNPYwyy9y1Elwt++oCvTJvOUHLhOGkdKItTzW8AzkN1YX9RxDNB7f8iIgXY4BNipVw0OQj4oWjZg==";
    const pw = "correct horse battery staple";
    for (const stored of [sha1, scrypt]) {
      expect([stored, await verifyPassword(stored, pw)]).toEqual([stored, { ok: true, needsRehash: true }]);
      expect((await verifyPassword(stored, `${pw}!`)).ok).toBe(false);
    }
    // Django's Argon2PasswordHasher: "argon2" + the PHC string of argon2-cffi (argon2id, Django's m=102400,t=2,p=8).
    const phc = await hash(pw, { algorithm: 2, memoryCost: 102400, timeCost: 2, parallelism: 8 });
    expect(await verifyPassword(`argon2${phc}`, pw)).toEqual({ ok: true, needsRehash: true });
    expect((await verifyPassword(`argon2${phc}`, "nope")).ok).toBe(false);
    // scrypt parameters that would cost gigabytes are refused, not computed.
    expect((await verifyPassword("scrypt$4194304$salt$64$8$AAAA", pw)).ok).toBe(false);
  });

  it("rejects a wrong password against a Django hash", async () => {
    expect(await verifyPassword(DJANGO_1M, "correct horse battery!")).toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it("fails closed on malformed or unknown hashes", async () => {
    for (const stored of [
      null,
      "",
      "md5$abc$def",
      "pbkdf2_sha256$x$salt$hash",
      "pbkdf2_sha256$1$$",
      "$argon2id$broken",
    ]) {
      expect(await verifyPassword(stored, "anything")).toEqual({ ok: false, needsRehash: false });
    }
  });
});

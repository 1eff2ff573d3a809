import { describe, expect, it } from "vitest";
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

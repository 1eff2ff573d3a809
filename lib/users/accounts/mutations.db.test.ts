import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { verifyPassword } from "@/lib/users/passwords/utils";
import { hashPassword } from "@/lib/users/passwords/utils";
import { resendVerification, setFirstPassword } from "./mutations";

// allauth PasswordSetView and the keyless confirm-email page, against real rows.
const stamp = Date.now();
const ids: number[] = [];
const user = async (name: string, data: { password?: string; emailVerified?: Date } = {}) => {
  const row = await db.user.create({
    data: { username: `acct-${name}-${stamp}`, email: `acct-${name}-${stamp}@example.org`, ...data },
  });
  ids.push(row.id);
  return row.id;
};

let oauthOnly = 0;
let withPassword = 0;
let unverified = 0;
let verified = 0;

beforeAll(async () => {
  oauthOnly = await user("oauth", { emailVerified: new Date() });
  withPassword = await user("haspw", { password: await hashPassword("the original passphrase") });
  unverified = await user("unverified");
  verified = await user("verified", { emailVerified: new Date() });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: ids } } });
});

describe("setFirstPassword", () => {
  it("sets a first password on an account without one; it then signs in with it", async () => {
    expect(await setFirstPassword(oauthOnly, "a first passphrase of mine")).toBe("set");
    const row = await db.user.findUniqueOrThrow({ where: { id: oauthOnly } });
    expect((await verifyPassword(row.password, "a first passphrase of mine")).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "password.set", targetId: String(oauthOnly) } })).toBe(
      1,
    );
  });

  it("never replaces a password that exists (set once only; change needs the current one)", async () => {
    expect(await setFirstPassword(withPassword, "an attacker's passphrase")).toBe("has_password");
    expect(await setFirstPassword(oauthOnly, "a second passphrase")).toBe("has_password");
    const [a, b] = await Promise.all(
      [withPassword, oauthOnly].map((id) => db.user.findUniqueOrThrow({ where: { id } })),
    );
    expect((await verifyPassword(a!.password, "the original passphrase")).ok).toBe(true);
    expect((await verifyPassword(b!.password, "a first passphrase of mine")).ok).toBe(true);
  });
});

describe("resendVerification (own unconfirmed address)", () => {
  it("mails a fresh confirmation link to an unconfirmed address", async () => {
    expect(await resendVerification(unverified, unverified)).toBe(true);
    const mail = await db.emailLog.findFirstOrThrow({
      where: { toAddrs: { has: `acct-unverified-${stamp}@example.org` } },
    });
    expect(mail.text).toMatch(/\/accounts\/confirm-email\/[\w-]{20,}\//);
    expect(await db.userToken.count({ where: { userId: unverified, purpose: "email_verify" } })).toBe(1);
  });

  it("sends nothing for a confirmed address", async () => {
    expect(await resendVerification(verified, verified)).toBe(false);
    expect(
      await db.emailLog.count({ where: { toAddrs: { has: `acct-verified-${stamp}@example.org` } } }),
    ).toBe(0);
  });
});

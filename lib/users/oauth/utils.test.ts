import { describe, expect, it } from "vitest";
import { identityFromProfile, usernameBase } from "./utils";

describe("identityFromProfile", () => {
  it("takes GitHub's verified primary address and treats a missing one as unverified", () => {
    expect(
      identityFromProfile("github", "42", { login: "octo", verified_email: "o@example.org" }),
    ).toMatchObject({
      email: "o@example.org",
      emailVerified: true,
      login: "octo",
    });
    expect(identityFromProfile("github", "42", { login: "octo", email: "public@example.org" })).toMatchObject(
      {
        email: null,
        emailVerified: false,
      },
    );
  });

  it("trusts Google's address only when email_verified is literally true", () => {
    expect(
      identityFromProfile("google", "s", { email: "g@example.org", email_verified: true })?.emailVerified,
    ).toBe(true);
    expect(
      identityFromProfile("google", "s", { email: "g@example.org", email_verified: "true" })?.emailVerified,
    ).toBe(false);
  });

  it("knows no other provider", () => {
    expect(identityFromProfile("twitter", "1", {})).toBeNull();
  });
});

describe("usernameBase", () => {
  it("keeps Django's username characters only", () => {
    expect(usernameBase({ login: "José Müller!", email: null, name: null })).toBe("JoseMuller");
    expect(usernameBase({ login: null, email: "first.last+py@example.org", name: null })).toBe(
      "first.last+py",
    );
    expect(usernameBase({ login: null, email: null, name: "李" })).toBe("pythonista");
  });
});

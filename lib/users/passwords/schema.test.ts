import { describe, expect, it } from "vitest";
import { passwordProblem } from "./schema";

describe("password policy (AC-AUTH-3)", () => {
  it("accepts 8+ characters without composition rules, long passphrases and Unicode", () => {
    expect(passwordProblem("abcdefgh-not-common")).toBeNull();
    expect(passwordProblem("a".repeat(40) + " spaces and all " + "b".repeat(8))).toBeNull();
    expect(passwordProblem("correct horse battery staple on a long and winding road 64 chars!")).toBeNull();
    expect(passwordProblem("пароль-для-питона")).toBeNull();
    expect(passwordProblem("🐍🐍🐍🐍🐍🐍🐍🐍")).toBeNull();
  });

  it("refuses short, too long and common passwords", () => {
    expect(passwordProblem("short")).toMatch(/at least 8/);
    expect(passwordProblem("x".repeat(1025))).toMatch(/at most 1024/);
    expect(passwordProblem("password1")).toMatch(/too common/);
    expect(passwordProblem("Password1")).toMatch(/too common/);
    expect(passwordProblem("qwertyuiop")).toMatch(/too common/);
  });

  it("refuses the username or the email address", () => {
    expect(passwordProblem("guido-van-r", { username: "Guido-van-R" })).toMatch(/username/);
    expect(passwordProblem("ada@example.org", { email: "ada@example.org" })).toMatch(/email/);
  });
});

import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty environment in development (every service has an embedded default)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NODE_ENV).toBe("development");
  });

  it("treats an empty string as unset", () => {
    expect(parseEnv({ REDIS_URL: "" }).REDIS_URL).toBeUndefined();
  });

  it("names the variable when a value is malformed", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("stops production start-up without AUTH_SECRET, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: required in production/);
  });

  it("stops production start-up with a weak AUTH_SECRET", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "changeme" })).toThrow(
      /AUTH_SECRET: too weak/,
    );
  });

  it("requires OAuth secrets in pairs in production", () => {
    const secret = "x".repeat(40);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, GITHUB_ID: "id" })).toThrow(
      /GITHUB_SECRET/,
    );
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
  });
});

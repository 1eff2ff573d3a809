import { describe, expect, it } from "vitest";
import { defaultTimeoutMs } from "./db";

describe("defaultTimeoutMs (the pool's connect and statement timeouts when none is set)", () => {
  it("gives the production server 1.5 s, so a down or frozen database answers 503 within 2 s", () => {
    expect(defaultTimeoutMs("nodejs", "production")).toBe(1500);
  });
  it("gives `next dev` 10 s: its first requests compile routes while the embedded database warms up", () => {
    expect(defaultTimeoutMs("nodejs", "development")).toBe(10_000);
  });
  it("lets scripts and tests (no Next runtime) wait as long as PostgreSQL does", () => {
    expect(defaultTimeoutMs(undefined, "production")).toBe(0);
    expect(defaultTimeoutMs(undefined, "development")).toBe(0);
  });
});

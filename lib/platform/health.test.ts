import { describe, expect, it } from "vitest";
import { summarize, type Check } from "./health";

const up = (required: boolean): Check => ({ status: "up", mode: "x", required });
const down = (required: boolean): Check => ({ status: "down", mode: "x", required, error: "connect failed" });

describe("summarize", () => {
  it("is ok when everything is up", () => {
    expect(summarize({ database: up(true), search: up(false) })).toBe("ok");
  });

  it("is down when a required dependency is down", () => {
    expect(summarize({ database: down(true), search: up(false) })).toBe("down");
  });

  it("is only degraded when an optional dependency is down", () => {
    expect(summarize({ database: up(true), search: down(false) })).toBe("degraded");
  });
});

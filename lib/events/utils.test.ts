import { describe, expect, it } from "vitest";
import { nextOccurrence } from "./utils";

describe("nextOccurrence", () => {
  const begin = new Date("2026-01-05T18:00:00Z"); // a Monday

  it("returns the next weekly meeting after a given moment", () => {
    const rule = { begin, finish: new Date("2026-12-31T00:00:00Z"), frequency: 2, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-01-06T00:00:00Z"))).toEqual(new Date("2026-01-12T18:00:00Z"));
  });

  it("honours the interval (every second week)", () => {
    const rule = { begin, finish: new Date("2026-12-31T00:00:00Z"), frequency: 2, interval: 2 };
    expect(nextOccurrence(rule, new Date("2026-01-06T00:00:00Z"))).toEqual(new Date("2026-01-19T18:00:00Z"));
  });

  it("returns null once the rule has finished", () => {
    const rule = { begin, finish: new Date("2026-02-01T00:00:00Z"), frequency: 3, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("returns null for an unknown frequency code", () => {
    const rule = { begin, finish: new Date("2026-02-01T00:00:00Z"), frequency: 9, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-01-01T00:00:00Z"))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { revenueSplit } from "./utils";

const b = (program: string, order: number, internalValue: number | null) => ({
  benefit: { internalValue, program: { name: program, order } },
});

describe("revenueSplit", () => {
  it("gives each program its share of the internal values, in program order", () => {
    expect(
      revenueSplit([
        b("PyPI", 2, 2500),
        b("Foundation", 1, 5000),
        b("Foundation", 1, 2500),
        b("PyPI", 2, null),
      ]),
    ).toEqual([
      { name: "Foundation", pct: 75 },
      { name: "PyPI", pct: 25 },
    ]);
  });
  it("is empty when no benefit has a value", () => {
    expect(revenueSplit([b("PyPI", 2, null)])).toEqual([]);
  });
});

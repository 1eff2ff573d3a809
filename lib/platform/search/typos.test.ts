import { describe, expect, it } from "vitest";
import { applyCorrections, editDistance, pickCorrection, queryWords } from "./typos";

describe("typo correction", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("pyhton", "python")).toBe(1);
    expect(editDistance("pyhton", "pycon")).toBe(2);
    expect(editDistance("relase", "release")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("picks the closest candidate, not the one with most shared trigrams", () => {
    const candidates = [
      { word: "pycon", n: 1 },
      { word: "python", n: 30 },
      { word: "harbour", n: 1 },
    ];
    expect(pickCorrection("pyhton", candidates)).toBe("python");
    expect(pickCorrection("qzxjv", candidates)).toBeNull();
  });

  it("prefers the more frequent word when two are equally close", () => {
    expect(
      pickCorrection("sprnt", [
        { word: "sprint", n: 1 },
        { word: "spent", n: 5 },
      ]),
    ).toBe("spent");
  });

  it("leaves short words and numbers alone", () => {
    expect(pickCorrection("pz", [{ word: "py", n: 3 }])).toBeNull();
    expect(queryWords("Pyhton 3.14 on a Mac pyhton")).toEqual(["pyhton", "mac"]);
  });

  it("rewrites only the words, keeping the query syntax around them", () => {
    const fixed = applyCorrections(
      '"Pyhton relase" -draft',
      new Map([
        ["pyhton", "python"],
        ["relase", "release"],
      ]),
    );
    expect(fixed).toBe('"python release" -draft');
  });
});

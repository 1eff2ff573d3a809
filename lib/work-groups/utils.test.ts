import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/platform/text";
import { parseUsernames } from "./utils";

describe("slugify", () => {
  it("makes Django's slug: lower case, accents folded, punctuation dropped, spaces as hyphens", () => {
    expect(slugify("Python Education Work Group")).toBe("python-education-work-group");
    expect(slugify("Diversité & Inclusion  WG!")).toBe("diversite-inclusion-wg");
    expect(slugify(" -- Packaging -- ")).toBe("packaging");
    expect(slugify("???")).toBe("");
  });
});

describe("parseUsernames", () => {
  it("splits on commas, spaces and lines, drops empties and case-insensitive repeats", () => {
    expect(parseUsernames(" alice, bob,,\nCarol  Alice ")).toEqual(["alice", "bob", "Carol"]);
    expect(parseUsernames("")).toEqual([]);
  });
});

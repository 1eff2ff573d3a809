import { describe, expect, it } from "vitest";
import { SECTION_KEYS, sectionKeysFor } from "./cdn-sections.mjs";
import { allTags } from "./cache-tags";

describe("sectionKeysFor", () => {
  it("maps sections to the cache-tag names that purge them", () => {
    expect(sectionKeysFor("/downloads/release/python-3140/")).toContain("releases");
    expect(sectionKeysFor("/getit/")).toContain("downloads");
    expect(sectionKeysFor("/no-such-section/")).toEqual([]);
  });
});

describe("section keys", () => {
  it("reach every section that shows releases, so publishing purges them at the CDN", () => {
    for (const section of ["", "downloads", "download", "getit", "doc"])
      expect([section, SECTION_KEYS[section]]).toEqual([section, expect.arrayContaining(["releases"])]);
  });

  it("name only cache tags (and the downloads mirror), so a tag purge reaches the pages", () => {
    const known = new Set([...allTags, "downloads"]);
    for (const [section, keys] of Object.entries(SECTION_KEYS))
      for (const key of keys) expect([section, known.has(key)]).toEqual([section, true]);
  });
});

import { describe, expect, it } from "vitest";
import { slugify } from "./text";

describe("slugify (Django's, allow_unicode=False)", () => {
  it.each([
    ["Python 3.12.0", "python-3120"],
    ["Python Software Foundation", "python-software-foundation"],
    ["Café  Crème -- Brûlée", "cafe-creme-brulee"],
    ["  --Packaging_WG--  ", "packaging_wg"],
    ["日本語", ""],
  ])("%j → %j", (text, slug) => expect(slugify(text)).toBe(slug));
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// WCAG 2.2 AA (1.4.3): 4.5:1 for body text. The pairs are the ones the site puts text on:
// each daisyUI colour with its -content colour, body text on every base, links (primary) on the
// page background, and the main navigation bar.
const css = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");

function themes(): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const block of css.matchAll(/@plugin "daisyui\/theme" \{([^}]*)\}/g)) {
    const body = block[1]!;
    const name = /name:\s*"([^"]+)"/.exec(body)![1]!;
    const tokens: Record<string, string> = {};
    for (const m of body.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)) tokens[m[1]!] = m[2]!;
    out.set(name, tokens);
  }
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string][] = [
  ...["primary", "secondary", "accent", "neutral", "info", "success", "warning", "error", "nav"].map(
    (c) => [`${c}-content`, c] as [string, string],
  ),
  ["base-content", "base-100"],
  ["base-content", "base-200"],
  ["base-content", "base-300"],
  ["primary", "base-100"],
  ["primary", "base-200"],
];

describe("theme colour contrast (computed from app/globals.css)", () => {
  it("finds both themes with every token it checks", () => {
    const all = themes();
    expect([...all.keys()].sort()).toEqual(["python", "python-dark"]);
    for (const tokens of all.values())
      for (const [fg, bg] of PAIRS) expect(tokens[fg] && tokens[bg]).toBeTruthy();
  });

  it("computes WCAG ratios correctly", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  for (const [name, tokens] of themes())
    for (const [fg, bg] of PAIRS)
      it(`${name}: ${fg} on ${bg} is at least 4.5:1`, () => {
        expect(contrast(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(4.5);
      });
});

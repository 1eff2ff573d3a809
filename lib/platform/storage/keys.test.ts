import { describe, expect, it } from "vitest";
import { availableKey, legacyMediaPath, normalizeKey, requireKey, safeFileName, withSuffix } from "./keys";

describe("normalizeKey", () => {
  it("keeps a plain key, its case included", () => {
    expect(normalizeKey("about/Logo_2024.png")).toBe("about/Logo_2024.png");
  });

  it.each([
    ["../../etc/passwd", "etc/passwd"],
    ["a/../../b.png", "a/b.png"],
    ["/leading/slash.txt", "leading/slash.txt"],
    ["a//b///c.txt", "a/b/c.txt"],
    ["./a/./b.txt", "a/b.txt"],
    ["..\\..\\windows\\win.ini", "windows/win.ini"],
    ["files\\report.pdf", "files/report.pdf"],
  ])("strips traversal and separators: %s → %s", (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });

  it.each([
    ["NUL byte", "a/b\u0000.png"],
    ["newline", "a/b\n.png"],
    ["hidden segment", "a/.meta/b.json"],
    ["dot-leading file", ".htaccess"],
    ["only traversal", "../.."],
    ["empty", ""],
    ["percent escapes", "a/%2e%2e/b"],
    ["quotes", 'a/"b".png'],
    ["angle brackets", "a/<script>.png"],
    ["too long", `${"a".repeat(401)}`],
  ])("refuses a key with %s", (_name, input) => {
    expect(normalizeKey(input)).toBeNull();
  });

  it("requireKey throws unless the key is already normal", () => {
    expect(requireKey("a/b.png")).toBe("a/b.png");
    expect(() => requireKey("a/../b.png")).toThrow(/Invalid storage key/);
    expect(() => requireKey("/a.png")).toThrow(/Invalid storage key/);
  });
});

describe("safeFileName", () => {
  it.each([
    ["Report Final (v2).PDF", "report-final-v2.pdf"],
    ["C:\\Users\\me\\Photo.JPG", "photo.jpg"],
    ["../../etc/passwd", "passwd"],
    ["Ünïcödé naïve.png", "unicode-naive.png"],
    ["...", "file"],
    [".htaccess", "htaccess"],
    ["evil.svg\u0000.png", "evil.svg.png"],
    ["no-extension", "no-extension"],
  ])("%s → %s", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("caps the name at 100 characters and keeps the extension", () => {
    const name = safeFileName(`${"x".repeat(300)}.png`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith(".png")).toBe(true);
  });

  it("always gives a valid key segment", () => {
    for (const input of ["a b", "-x-", "__init__.py", "a..b", "😀.gif", "CON", " .png"])
      expect(normalizeKey(safeFileName(input))).toBe(safeFileName(input));
  });
});

describe("withSuffix and availableKey", () => {
  it("puts a 6-character suffix before the extension", () => {
    expect(withSuffix("about/logo.png")).toMatch(/^about\/logo-[0-9a-z]{6}\.png$/);
    expect(withSuffix("files/readme")).toMatch(/^files\/readme-[0-9a-z]{6}$/);
    expect(withSuffix("v1.2/readme")).toMatch(/^v1\.2\/readme-[0-9a-z]{6}$/);
  });

  it("returns the key when free, a suffixed one when taken", async () => {
    const taken = new Set(["a/logo.png"]);
    const store = { exists: async (k: string) => taken.has(k) };
    expect(await availableKey(store, "a/free.png")).toBe("a/free.png");
    expect(await availableKey(store, "a/logo.png")).toMatch(/^a\/logo-[0-9a-z]{6}\.png$/);
  });
});

describe("legacyMediaPath (MediaMigrationView)", () => {
  it.each([
    ["files/talk.pdf", "files/talk.pdf"],
    ["../../etc/passwd", "etc/passwd"],
    ["....//....//etc/passwd", "..../..../etc/passwd"],
    ["/a/./b/../c.png", "a/b/c.png"],
    ["..\\..\\x", "x"],
    ["Some Dir/Mixed Case.PNG", "Some Dir/Mixed Case.PNG"],
  ])("%s → %s", (input, expected) => {
    expect(legacyMediaPath(input)).toBe(expected);
  });

  it("refuses control characters and empty results", () => {
    expect(legacyMediaPath("a\u0000b")).toBeNull();
    expect(legacyMediaPath("../..")).toBeNull();
  });
});

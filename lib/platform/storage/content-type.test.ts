import { describe, expect, it } from "vitest";
import { contentTypeForName, looksLikeText, servedHeaders, sniffContentType } from "./content-type";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);

describe("servedHeaders", () => {
  it.each([
    ["image/png", "image/png", "inline"],
    ["image/jpeg", "image/jpeg", "inline"],
    ["application/pdf", "application/pdf", "inline"],
    ["text/plain", "text/plain; charset=utf-8", "inline"],
    ["application/zip", "application/zip", "attachment"],
  ])("serves %s as %s, %s", (stored, type, disposition) => {
    const served = servedHeaders(stored, "files/x.bin");
    expect(served.contentType).toBe(type);
    expect(served.disposition.startsWith(disposition)).toBe(true);
  });

  it.each(["text/html", "text/html; charset=utf-8", "image/svg+xml", "application/xhtml+xml", "text/xml",
    "application/javascript", "text/javascript", "application/x-unknown", "", "IMAGE/SVG+XML"])(
    "serves %j as a download of application/octet-stream",
    (stored) => {
      expect(servedHeaders(stored, "a/page.html")).toEqual({
        contentType: "application/octet-stream",
        disposition: `attachment; filename="page.html"; filename*=UTF-8''page.html`,
      });
    },
  );

  it("names the file after the key's last segment, quoted safely", () => {
    expect(servedHeaders("image/png", "about/My Logo.png").disposition).toBe(
      `inline; filename="My Logo.png"; filename*=UTF-8''My%20Logo.png`,
    );
  });
});

describe("sniffContentType", () => {
  it.each([
    ["image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ["image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["image/gif", bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)],
    ["image/webp", bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50)],
    ["application/pdf", new TextEncoder().encode("%PDF-1.7\n")],
    ["application/zip", bytes(0x50, 0x4b, 0x03, 0x04)],
  ])("recognises %s by its magic bytes", (type, data) => {
    expect(sniffContentType(data)).toBe(type);
  });

  it("recognises nothing in HTML, SVG or text", () => {
    for (const text of ["<html><script>alert(1)</script>", "<svg xmlns='http://www.w3.org/2000/svg'/>", "hello"])
      expect(sniffContentType(new TextEncoder().encode(text))).toBeNull();
  });
});

describe("looksLikeText", () => {
  it("accepts plain text and refuses markup or binary", () => {
    expect(looksLikeText(new TextEncoder().encode("Meeting notes\nline two"))).toBe(true);
    expect(looksLikeText(new TextEncoder().encode("  <!DOCTYPE html><p>x"))).toBe(false);
    expect(looksLikeText(new TextEncoder().encode("<svg onload=alert(1)>"))).toBe(false);
    expect(looksLikeText(new TextEncoder().encode("<?xml version='1.0'?>"))).toBe(false);
    expect(looksLikeText(new Uint8Array([0x41, 0x00, 0x42]))).toBe(false);
  });
});

describe("contentTypeForName", () => {
  it("maps known extensions and defaults to octet-stream", () => {
    expect(contentTypeForName("a/B.JPG")).toBe("image/jpeg");
    expect(contentTypeForName("x.pdf")).toBe("application/pdf");
    expect(contentTypeForName("x.svg")).toBe("application/octet-stream");
    expect(contentTypeForName("x.html")).toBe("application/octet-stream");
    expect(contentTypeForName("README")).toBe("application/octet-stream");
  });
});

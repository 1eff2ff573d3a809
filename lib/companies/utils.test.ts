import { describe, expect, it } from "vitest";
import { sniffContentType } from "@/lib/platform/storage/content-type";
import { slugify } from "@/lib/platform/text";
import { checkLogo, emailParts, logoKey, renderEmail } from "./utils";

// apps/companies/tests.py CompaniesTagsTests.test_render_email, case for case.
describe("renderEmail", () => {
  it("gives nothing for an empty address", () => {
    expect(renderEmail("")).toBeNull();
    expect(renderEmail(null)).toBeNull();
  });

  it("puts every dot and the @ in a span", () => {
    expect(renderEmail("firstname.lastname@domain.com")).toBe(
      "firstname<span>.</span>lastname<span>@</span>domain<span>.</span>com",
    );
  });

  it("escapes the parts", () => {
    expect(renderEmail('"escape.>me"@domain.com')).toBe(
      "&quot;escape<span>.</span>&gt;me&quot;<span>@</span>domain<span>.</span>com",
    );
  });

  it("splits at the last @ (a quoted mailbox may hold one) and copes with no @", () => {
    expect(emailParts('"a@b"@x.org')).toEqual({ mailbox: ['"a@b"'], domain: ["x", "org"] });
    expect(renderEmail("no.at.sign")).toBe("no<span>.</span>at<span>.</span>sign");
  });
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

describe("checkLogo", () => {
  it("takes a PNG by its bytes and stores it as .png", () => {
    expect(checkLogo(png, sniffContentType(png))).toEqual({ ok: true, contentType: "image/png", ext: "png" });
  });

  it("refuses SVG and other non-images, whatever the file was called", () => {
    expect(checkLogo(svg, sniffContentType(svg))).toMatchObject({
      ok: false,
      error: expect.stringContaining("SVG"),
    });
    const pdf = new TextEncoder().encode("%PDF-1.7");
    expect(checkLogo(pdf, sniffContentType(pdf)).ok).toBe(false);
  });

  it("refuses a logo over 2 MB", () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(png);
    expect(checkLogo(big, sniffContentType(big))).toEqual({
      ok: false,
      error: "The logo may be at most 2 MB.",
    });
  });
});

describe("logoKey", () => {
  it("keeps the upload's name safe and short, with the extension of the real type", () => {
    expect(logoKey("Acme Logo (final).HTML", "png")).toBe("companies/logos/acme-logo-final.png");
    expect(logoKey("../../etc/passwd", "gif")).toBe("companies/logos/passwd.gif");
    expect(logoKey("???.png", "webp")).toBe("companies/logos/logo.webp");
    expect(logoKey(`${"x".repeat(300)}.jpg`, "jpg").length).toBeLessThanOrEqual(100 - 7);
  });
});

describe("slugify", () => {
  it("makes Django's slug from a company name", () => {
    expect(slugify("Northwind Energy, Inc.")).toBe("northwind-energy-inc");
  });
});

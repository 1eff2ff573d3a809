import { describe, expect, it } from "vitest";
import { attachmentKey, attachmentSnippets, checkUpload } from "./utils";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]);
const PDF = new TextEncoder().encode("%PDF-1.4\n%minutes\n");
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
const HTML = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");
const SVG = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
const MB = 1024 * 1024;

describe("attachmentKey (apps/pages upload_to)", () => {
  it("puts images under the page's path and documents under files/", () => {
    expect(attachmentKey("image", "about/psf", "Board Photo.JPG")).toBe("about/psf/board-photo.jpg");
    expect(attachmentKey("document", "about/psf", "Minutes 2024.pdf")).toBe("files/minutes-2024.pdf");
  });

  it("never lets the file name climb out", () => {
    expect(attachmentKey("image", "about", "../../../etc/passwd.png")).toBe("about/passwd.png");
    expect(attachmentKey("document", "about", "..\\..\\x.pdf")).toBe("files/x.pdf");
  });
});

describe("checkUpload (AC-FILE-1)", () => {
  it("accepts images whose bytes match their extension, stored as that type", () => {
    expect(checkUpload("image", "a.png", PNG, 10 * MB)).toEqual({ ok: true, contentType: "image/png" });
    expect(checkUpload("image", "a.jpeg", JPEG, 10 * MB)).toEqual({ ok: true, contentType: "image/jpeg" });
  });

  it("refuses SVG images and other extensions with 415", () => {
    expect(checkUpload("image", "logo.svg", SVG, 10 * MB)).toMatchObject({
      ok: false,
      status: 415,
      message: expect.stringMatching(/SVG/),
    });
    expect(checkUpload("image", "logo.bmp", PNG, 10 * MB)).toMatchObject({ ok: false, status: 415 });
  });

  it("refuses a .png that is really HTML, and a .jpg that is a PNG, with 415", () => {
    expect(checkUpload("image", "cat.png", HTML, 10 * MB)).toMatchObject({ ok: false, status: 415 });
    expect(checkUpload("image", "cat.jpg", PNG, 10 * MB)).toMatchObject({ ok: false, status: 415 });
  });

  it("refuses a file over the cap with 413", () => {
    const big = new Uint8Array(6 * MB);
    big.set(PNG);
    expect(checkUpload("image", "big.png", big, 5 * MB)).toMatchObject({ ok: false, status: 413 });
    expect(checkUpload("image", "big.png", big, 10 * MB)).toMatchObject({ ok: true });
  });

  it("accepts documents by extension when the contents agree", () => {
    expect(checkUpload("document", "minutes.pdf", PDF, MB)).toEqual({
      ok: true,
      contentType: "application/pdf",
    });
    expect(checkUpload("document", "notes.txt", new TextEncoder().encode("Agenda\n1. budget"), MB)).toEqual({
      ok: true,
      contentType: "text/plain",
    });
    expect(checkUpload("document", "talk.docx", ZIP, MB)).toMatchObject({ ok: true });
  });

  it("refuses HTML, SVG and scripts as documents, and text files that hold markup", () => {
    for (const name of ["page.html", "pic.svg", "run.js", "x.exe", "noextension"])
      expect(checkUpload("document", name, HTML, MB)).toMatchObject({ ok: false, status: 415 });
    expect(checkUpload("document", "notes.txt", HTML, MB)).toMatchObject({ ok: false, status: 415 });
    expect(checkUpload("document", "minutes.pdf", HTML, MB)).toMatchObject({ ok: false, status: 415 });
    expect(checkUpload("document", "empty.pdf", new Uint8Array(0), MB)).toMatchObject({ ok: false });
  });
});

describe("attachmentSnippets", () => {
  it("gives Markdown and reST for images and links", () => {
    expect(attachmentSnippets("image", "/media/about/logo.png", "logo.png")).toEqual({
      markdown: "![logo.png](/media/about/logo.png)",
      restructuredtext: ".. image:: /media/about/logo.png\n   :alt: logo.png",
    });
    expect(attachmentSnippets("document", "/media/files/m.pdf", "m.pdf")).toEqual({
      markdown: "[m.pdf](/media/files/m.pdf)",
      restructuredtext: "`m.pdf </media/files/m.pdf>`_",
    });
  });
});

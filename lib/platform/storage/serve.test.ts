import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "./local";
import { serveStored } from "./serve";
import type { Storage } from "./types";

const root = mkdtempSync(path.join(tmpdir(), "media-serve-"));
const store = createLocalStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const req = (method = "GET", headers: Record<string, string> = {}) =>
  new Request("http://localhost/media/x", { method, headers });

describe("local storage", () => {
  it("puts, gets, reports existence and deletes", async () => {
    await store.put("about/logo.png", PNG, "image/png");
    expect(await store.exists("about/logo.png")).toBe(true);
    const got = await store.get("about/logo.png");
    expect(got?.contentType).toBe("image/png");
    expect(got?.size).toBe(PNG.byteLength);
    expect(got?.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(new Uint8Array(await new Response(got!.body as ReadableStream).arrayBuffer())).toEqual(PNG);
    await store.delete("about/logo.png");
    expect(await store.exists("about/logo.png")).toBe(false);
    expect(await store.get("about/logo.png")).toBeNull();
    await store.delete("about/logo.png"); // deleting twice is fine
  });

  it("refuses keys that are not normalised, so nothing escapes the root", async () => {
    await expect(store.put("../escape.txt", PNG, "text/plain")).rejects.toThrow(/Invalid storage key/);
    await expect(store.get("a/../../etc/passwd")).rejects.toThrow(/Invalid storage key/);
    expect(() => store.url("/abs")).toThrow(/Invalid storage key/);
  });

  it("gives /media/<key> URLs, percent-encoded", () => {
    expect(store.url("about/My Logo.png")).toBe("/media/about/My%20Logo.png");
  });
});

describe("serveStored", () => {
  it("serves an image inline with its stored type, nosniff, a sandbox CSP, an ETag and a length", async () => {
    await store.put("p/img.png", PNG, "image/png");
    const res = await serveStored(req(), ["p", "img.png"], store);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="img.png"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("content-length")).toBe(String(PNG.byteLength));
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  });

  it("answers 304 to a matching If-None-Match, 200 otherwise", async () => {
    const etag = (await serveStored(req(), ["p", "img.png"], store)).headers.get("etag")!;
    const same = await serveStored(req("GET", { "If-None-Match": etag }), ["p", "img.png"], store);
    expect(same.status).toBe(304);
    expect(same.headers.get("etag")).toBe(etag);
    expect(await same.text()).toBe("");
    const weak = await serveStored(req("GET", { "If-None-Match": `W/${etag}` }), ["p", "img.png"], store);
    expect(weak.status).toBe(304);
    const other = await serveStored(req("GET", { "If-None-Match": '"nope"' }), ["p", "img.png"], store);
    expect(other.status).toBe(200);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await serveStored(req("HEAD"), ["p", "img.png"], store);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(PNG.byteLength));
    expect(await res.text()).toBe("");
  });

  it("serves HTML and SVG uploads as octet-stream downloads", async () => {
    await store.put("p/page.html", new TextEncoder().encode("<script>alert(1)</script>"), "text/html");
    await store.put("p/pic.svg", new TextEncoder().encode("<svg onload=alert(1)>"), "image/svg+xml");
    for (const name of ["page.html", "pic.svg"]) {
      const res = await serveStored(req(), ["p", name], store);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; /);
    }
  });

  it("takes the type of a file copied in by hand from its extension, never from the bytes", async () => {
    mkdirSync(path.join(root, "legacy"), { recursive: true });
    writeFileSync(path.join(root, "legacy", "notes.png"), "<html><script>alert(1)</script>");
    writeFileSync(path.join(root, "legacy", "index.html"), "<html><script>alert(1)</script>");
    expect((await serveStored(req(), ["legacy", "notes.png"], store)).headers.get("content-type")).toBe("image/png");
    const html = await serveStored(req(), ["legacy", "index.html"], store);
    expect(html.headers.get("content-type")).toBe("application/octet-stream");
    expect(html.headers.get("etag")).toMatch(/^W\//);
  });

  it.each([
    [["missing.png"]],
    [["..", "..", "etc", "passwd"]],
    [["p", "..", "p", "img.png"]],
    [[".meta", "p", "img.png.json"]],
    [["p", "img.png%00"]],
    [["p%2f..%2fimg.png"]],
  ])("answers 404 for %j", async (segments) => {
    const res = await serveStored(req(), segments, store);
    expect(res.status).toBe(404);
  });

  it("redirects to the public URL when the storage is a bucket", async () => {
    const bucket: Storage = { ...store, kind: "s3", url: (k) => `https://cdn.example.org/media/${k}` };
    const res = await serveStored(req(), ["p", "img.png"], bucket);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("https://cdn.example.org/media/p/img.png");
  });
});

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

// The S3 HTTP contract, seen from a tiny bucket server: path-style URLs, the upload's content
// type, and a SigV4 Authorization header for the configured key, region and service.
type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer };
const objects = new Map<string, { body: Buffer; type: string }>();
const seen: Seen[] = [];
let server: Server;
let store: Storage;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const path = decodeURIComponent(req.url!.split("?")[0]!);
      if (path.startsWith("/denied/"))
        return void res.writeHead(403, { "Content-Type": "application/xml" }).end("<Error><Code>AccessDenied</Code></Error>");
      if (req.method === "PUT") {
        objects.set(path, { body, type: String(req.headers["content-type"]) });
        res.writeHead(200, { ETag: '"abc123"' }).end();
      } else if (req.method === "GET" || req.method === "HEAD") {
        const object = objects.get(path);
        if (!object) return void res.writeHead(404, { "Content-Type": "application/xml" }).end("<Error><Code>NoSuchKey</Code></Error>");
        res.writeHead(200, { "Content-Type": object.type, "Content-Length": object.body.length, ETag: '"abc123"' });
        res.end(req.method === "GET" ? object.body : undefined);
      } else if (req.method === "DELETE") {
        objects.delete(path);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  store = createS3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "pydotorg-media",
    region: "us-east-2",
    accessKeyId: "AKIDEXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    keyPrefix: "media/",
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void (seen.length = 0));

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-2\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

describe("S3 storage (HTTP contract)", () => {
  it("PUTs to /<bucket>/<prefix><key> with the content type, the body and a SigV4 signature", async () => {
    const data = new TextEncoder().encode("%PDF-1.7 minutes");
    await store.put("files/board minutes.pdf", data, "application/pdf");
    const put = seen.find((s) => s.method === "PUT")!;
    expect(put.url).toBe("/pydotorg-media/media/files/board%20minutes.pdf");
    expect(put.headers["content-type"]).toBe("application/pdf");
    expect(put.body.toString()).toBe("%PDF-1.7 minutes");
    const auth = String(put.headers.authorization);
    expect(auth).toMatch(SIGV4);
    const signed = SIGV4.exec(auth)![1]!.split(";");
    // aws4fetch leaves content-type out of the signature (its unsignable list), like the AWS SDKs' presigners.
    expect(signed).toEqual(expect.arrayContaining(["host", "x-amz-date", "x-amz-content-sha256"]));
    expect(put.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(put.headers["x-amz-content-sha256"]).toMatch(/^([0-9a-f]{64}|UNSIGNED-PAYLOAD)$/);
  });

  it("GETs the object back with its stored type, size and ETag", async () => {
    const got = await store.get("files/board minutes.pdf");
    expect(got).not.toBeNull();
    expect(got!.contentType).toBe("application/pdf");
    expect(got!.size).toBe(16);
    expect(got!.etag).toBe('"abc123"');
    expect(await new Response(got!.body as ReadableStream).text()).toBe("%PDF-1.7 minutes");
    const get = seen.find((s) => s.method === "GET")!;
    expect(get.url).toBe("/pydotorg-media/media/files/board%20minutes.pdf");
    expect(String(get.headers.authorization)).toMatch(SIGV4);
  });

  it("answers exists with a signed HEAD, and null / false for a missing key", async () => {
    expect(await store.exists("files/board minutes.pdf")).toBe(true);
    expect(await store.exists("files/none.pdf")).toBe(false);
    expect(await store.get("files/none.pdf")).toBeNull();
    expect(seen.filter((s) => s.method === "HEAD").every((s) => SIGV4.test(String(s.headers.authorization)))).toBe(true);
  });

  it("DELETEs the object", async () => {
    await store.delete("files/board minutes.pdf");
    expect(seen.at(-1)?.method).toBe("DELETE");
    expect(seen.at(-1)?.url).toBe("/pydotorg-media/media/files/board%20minutes.pdf");
    expect(await store.exists("files/board minutes.pdf")).toBe(false);
  });

  it("links to <endpoint>/<bucket>/<prefix><key> unless a public URL is configured", () => {
    expect(store.url("about/logo.png")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pydotorg-media\/media\/about\/logo\.png$/);
    const cdn = createS3Storage({
      endpoint: "https://s3.example.org", bucket: "b", region: "r", accessKeyId: "k", secretAccessKey: "s",
      keyPrefix: "media/", publicUrl: "https://media.example.org/",
    });
    expect(cdn.url("about/logo.png")).toBe("https://media.example.org/about/logo.png");
  });

  it("refuses keys that are not normalised before any request", async () => {
    await expect(store.put("../x", new Uint8Array(1), "text/plain")).rejects.toThrow(/Invalid storage key/);
    expect(seen).toHaveLength(0);
  });

  it("throws with the status and the bucket's message when a write is refused", async () => {
    const denied = createS3Storage({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bucket: "denied", region: "r",
      accessKeyId: "k", secretAccessKey: "s", keyPrefix: "",
    });
    await expect(denied.put("x/y.txt", new Uint8Array(1), "text/plain")).rejects.toThrow(/S3 PUT x\/y.txt failed: 403 .*AccessDenied/);
    await expect(denied.exists("x/y.txt")).rejects.toThrow(/403/);
  });
});

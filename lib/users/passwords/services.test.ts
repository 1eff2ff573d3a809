import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isBreachedPassword, resetBreachBreaker } from "./services";

// A local stand-in for api.pwnedpasswords.com/range/<prefix>, answering as the real one does:
// "SUFFIX:COUNT" lines for every known hash with that prefix, padding entries with count 0.
const BREACHED = "correct horse battery staple";
const sha1 = (s: string) => createHash("sha1").update(s, "utf8").digest("hex").toUpperCase();
const seen: { path: string; padding: string | undefined }[] = [];
let status = 200;

const server: Server = createServer((req, res) => {
  seen.push({ path: req.url ?? "", padding: req.headers["add-padding"] as string | undefined });
  if (status !== 200) {
    res.writeHead(status).end();
    return;
  }
  const prefix = (req.url ?? "").split("/").pop()!;
  const lines = ["0018A45C4D1DEF81644B54AB7F969B88D65:1", `${"F".repeat(35)}:0`];
  const hash = sha1(BREACHED);
  if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:3861493`);
  // A padding entry for the other password's suffix: count 0 means "not breached".
  const other = sha1("a perfectly fine passphrase for tests");
  if (other.startsWith(prefix)) lines.push(`${other.slice(5)}:0`);
  res.writeHead(200, { "content-type": "text/plain" }).end(lines.join("\r\n"));
});
let rangeUrl = "";
const opts = () => ({
  rangeUrl,
  fetchOptions: { allowPrivateHostsForTests: ["127.0.0.1"], protocols: ["http:"] as const },
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  rangeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
  status = 200;
  resetBreachBreaker();
});

describe("isBreachedPassword (AC-AUTH-3, HIBP k-anonymity)", () => {
  it("finds a breached password, sending only the first five hex digits of its SHA-1, padded", async () => {
    expect(await isBreachedPassword(BREACHED, opts())).toBe(true);
    expect(seen).toEqual([{ path: `/range/${sha1(BREACHED).slice(0, 5)}`, padding: "true" }]);
  });

  it("passes a password the service does not know, or knows only as padding (count 0)", async () => {
    expect(await isBreachedPassword("a perfectly fine passphrase for tests", opts())).toBe(false);
    expect(await isBreachedPassword("another unremarkable passphrase", opts())).toBe(false);
  });

  it("does not check when turned off", async () => {
    expect(await isBreachedPassword(BREACHED, { rangeUrl: "" })).toBeNull();
    expect(seen).toEqual([]);
  });

  it("fails open, and after three failures stops asking for a while (circuit breaker)", async () => {
    status = 503;
    for (let i = 0; i < 3; i++) expect(await isBreachedPassword(BREACHED, opts())).toBeNull();
    expect(seen).toHaveLength(3);
    status = 200;
    expect(await isBreachedPassword(BREACHED, opts())).toBeNull();
    expect(seen).toHaveLength(3);
    resetBreachBreaker();
    expect(await isBreachedPassword(BREACHED, opts())).toBe(true);
  });
});

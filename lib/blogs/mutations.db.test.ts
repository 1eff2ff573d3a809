import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { getLatestPythonBlogEntry } from "@/lib/site/boxes/data";
import { importFeed, importFeeds } from "./mutations";

// update_blogs (issue #16 "Must show"): a corpus of our own served on 127.0.0.1, imported twice;
// the second run changes nothing, the bad feeds are recorded and skipped, the good ones imported.
const corpus = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/feeds", name));
const ATOM_ETAG = '"psf-news-fixture-1"';
let hits: Record<string, number> = {};

const server = http.createServer((req, res) => {
  const route = new URL(req.url ?? "/", "http://x").pathname;
  hits[route] = (hits[route] ?? 0) + 1;
  const send = (type: string, body: Buffer | string, headers: Record<string, string> = {}) => {
    res.writeHead(200, { "content-type": type, ...headers });
    res.end(body);
  };
  switch (route) {
    case "/rss.xml":
      return send("application/rss+xml; charset=utf-8", corpus("python-insider.rss.xml"));
    case "/atom.xml":
      if (req.headers["if-none-match"] === ATOM_ETAG) return void res.writeHead(304).end();
      return send("application/atom+xml", corpus("psf-news.atom.xml"), { etag: ATOM_ETAG });
    case "/bad-date.xml":
      return send("application/rss+xml", corpus("bad-date.rss.xml"));
    case "/not-a-feed":
      return send("text/html", corpus("not-a-feed.html"));
    case "/huge.xml": {
      // Over the 5 MB cap: an RSS head, then padding inside a comment.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>big</title><!--');
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < 90; i++) res.write(chunk);
      return void res.end("--></channel></rss>");
    }
    case "/to-metadata":
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      return void res.end();
    case "/slow.xml":
      return; // never answers: the fetcher's deadline ends it
    default:
      res.writeHead(404).end();
  }
});

let base = "";
const fetchOpts = { allowPrivateHostsForTests: ["127.0.0.1"], protocols: ["http:"] as const, timeoutMs: 1500 };
const ids: Record<string, number> = {};
const FIXTURE_URLS = [
  "https://blog.python.org/2026/11/fixture-python-3150a2.html",
  "https://blog.python.org/2026/10/fixture-security-releases.html",
  "https://blog.python.org/2026/09/fixture-core-sprint.html",
  "https://pyfound.example.org/2026/11/fixture-grants-2027.html",
  "https://pyfound.example.org/2026/10/fixture-election.html",
  "https://bad-date.example.org/good.html",
  "https://bad-date.example.org/bad.html",
];

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await db.blogEntry.deleteMany({ where: { url: { in: FIXTURE_URLS } } });
  await db.feed.deleteMany({ where: { feedUrl: { startsWith: "http://127.0.0.1:" } } });
  for (const name of ["rss.xml", "atom.xml", "bad-date.xml", "not-a-feed", "huge.xml", "to-metadata", "slow.xml"])
    ids[name] = (
      await db.feed.create({
        data: { name: `Fixture ${name}`, websiteUrl: "https://example.org/", feedUrl: `${base}/${name}` },
        select: { id: true },
      })
    ).id;
});

afterAll(async () => {
  const entries = await db.blogEntry.findMany({ where: { url: { in: FIXTURE_URLS } }, select: { id: true } });
  await db.feed.deleteMany({ where: { id: { in: Object.values(ids) } } }); // cascades to the entries
  for (const e of entries) await emit("search/document.changed", { type: "news", objectId: String(e.id) });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const entriesOf = (feedId: number) =>
  db.blogEntry.findMany({
    where: { feedId },
    orderBy: { pubDate: "desc" },
    select: { id: true, title: true, url: true, summary: true, pubDate: true },
  });

describe("update_blogs over the fixture corpus", () => {
  it("imports the good feeds, records the bad ones, and a second run changes nothing", async () => {
    hits = {};
    const first = await importFeeds(Object.values(ids), fetchOpts);
    const by = (name: string) => first.find((r) => r.feedId === ids[name])!;
    expect(by("rss.xml")).toMatchObject({ status: "imported", created: 3, updated: 0, skipped: 0 });
    expect(by("atom.xml")).toMatchObject({ status: "imported", created: 2 });
    expect(by("bad-date.xml")).toMatchObject({ status: "imported", created: 1, skipped: 1 });
    expect(by("not-a-feed")).toMatchObject({ status: "failed" });
    expect(by("huge.xml")).toMatchObject({ status: "failed" });
    expect(by("huge.xml").error).toMatch(/^too-large/);
    expect(by("to-metadata").error).toMatch(/^private-address/);
    expect(by("slow.xml").error).toMatch(/^timeout/);

    // parser.py: entries as title, summary, UTC date and link; blogspot moved to blog.python.org.
    const rss = await entriesOf(ids["rss.xml"]!);
    expect(rss.map((e) => e.url)).toEqual(FIXTURE_URLS.slice(0, 3));
    expect(rss[0]!.title).toBe("Fixture: Python 3.15.0 alpha 2 is ready for testing");
    expect(rss[0]!.pubDate.toISOString()).toBe("2026-11-17T14:30:00.000Z");
    expect(rss[1]!.pubDate.toISOString()).toBe("2026-10-28T13:00:00.000Z");
    expect(rss[0]!.summary).toContain("<b>lazy imports</b>");
    expect(rss[0]!.summary).not.toContain("<script");

    // The bad ones are recorded on their rows; the good ones carry no error.
    const feeds = await db.feed.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { id: true, lastError: true, lastImport: true, etag: true },
    });
    const row = (name: string) => feeds.find((f) => f.id === ids[name])!;
    expect(row("rss.xml")).toMatchObject({ lastError: null });
    expect(row("rss.xml").lastImport).not.toBeNull();
    expect(row("atom.xml").etag).toBe(ATOM_ETAG);
    expect(row("bad-date.xml").lastError).toMatch(/1 entries skipped/);
    for (const name of ["not-a-feed", "huge.xml", "to-metadata", "slow.xml"]) {
      expect(row(name).lastError).toBeTruthy();
      expect(row(name).lastImport).toBeNull();
    }
    // The redirect's private target was never contacted (only our server saw a request).
    expect(hits["/to-metadata"]).toBe(1);

    const snapshot = async () =>
      (await db.blogEntry.findMany({ where: { url: { in: FIXTURE_URLS } }, orderBy: { id: "asc" } })).map((e) =>
        JSON.stringify(e),
      );
    const before = await snapshot();
    const second = await importFeeds(Object.values(ids), fetchOpts);
    expect(second.find((r) => r.feedId === ids["rss.xml"])).toMatchObject({
      status: "imported",
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    // Conditional GET: the Atom feed answered 304 to its ETag.
    expect(second.find((r) => r.feedId === ids["atom.xml"])).toMatchObject({ status: "not-modified" });
    expect(await snapshot()).toEqual(before);
  });

  it("a changed post is updated in place, by its URL", async () => {
    await db.blogEntry.update({ where: { url: FIXTURE_URLS[2]! }, data: { title: "Edited by hand" } });
    const result = await importFeed(ids["rss.xml"]!, fetchOpts);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect((await db.blogEntry.findUnique({ where: { url: FIXTURE_URLS[2]! } }))!.title).toBe(
      "Fixture: Notes from the core sprint",
    );
  });

  it("the seeded Python Insider feed still names the supernav entry (the fixtures are other feeds)", async () => {
    const latest = await getLatestPythonBlogEntry();
    expect(latest === null || !FIXTURE_URLS.includes(latest.url)).toBe(true);
  });
});

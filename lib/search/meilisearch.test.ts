import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMeilisearchBackend, meiliId, meiliSettings } from "./meilisearch";
import { MARK_END, MARK_START } from "./text";

// HTTP contract tests: a fake Meilisearch answering with the documented response shapes
// (Meilisearch cannot be installed here). Each request is recorded and checked.
type Req = { method: string; path: string; body: unknown; auth?: string };
const requests: Req[] = [];
let taskUid = 0;
const taskStatus = new Map<number, number>(); // uid → polls left before "succeeded"
let searchReply: Record<string, unknown> = {};

const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c: Buffer) => (raw += c.toString()));
  req.on("end", () => {
    const url = new URL(req.url!, "http://x");
    requests.push({
      method: req.method!,
      path: url.pathname + url.search,
      body: raw ? JSON.parse(raw) : undefined,
      auth: req.headers.authorization,
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const task = /^\/tasks\/(\d+)$/.exec(url.pathname);
    if (task) {
      const uid = Number(task[1]);
      const left = taskStatus.get(uid) ?? 0;
      taskStatus.set(uid, left - 1);
      return send(200, {
        uid,
        indexUid: "pydotorg",
        status: left > 0 ? "processing" : "succeeded",
        type: "x",
        details: {},
        error: null,
        duration: "PT0.1S",
        enqueuedAt: "2026-11-22T00:00:00Z",
        startedAt: null,
        finishedAt: null,
      });
    }
    if (url.pathname === "/indexes/pydotorg/search") return send(200, searchReply);
    const uid = ++taskUid;
    taskStatus.set(uid, 1); // one "processing" poll, then done: proves the client waits
    return send(202, {
      taskUid: uid,
      indexUid: "pydotorg",
      status: "enqueued",
      type: "x",
      enqueuedAt: "2026-11-22T00:00:00Z",
    });
  });
});

let host = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  requests.length = 0;
});

const backend = () => createMeilisearchBackend({ host, apiKey: "search-admin-key" });
const polledUntilDone = (uid: number) => requests.filter((r) => r.path === `/tasks/${uid}`).length >= 2;

describe("Meilisearch backend", () => {
  it("applies the index settings once and waits for that task before writing documents", async () => {
    const b = backend();
    await b.upsert([
      {
        type: "release",
        objectId: "12",
        title: "Python 3.14.0",
        body: "A\u0000 new\n release",
        url: "/downloads/release/python-3140/",
        date: new Date("2025-10-07T00:00:00Z"),
      },
    ]);
    const settings = requests.find((r) => r.path === "/indexes/pydotorg/settings")!;
    expect(settings.method).toBe("PATCH");
    expect(settings.body).toEqual(meiliSettings);
    expect(settings.auth).toBe("Bearer search-admin-key");
    const add = requests.find((r) => r.path.startsWith("/indexes/pydotorg/documents"))!;
    expect(add.method).toBe("POST");
    expect(add.path).toBe("/indexes/pydotorg/documents?primaryKey=id");
    expect(add.body).toEqual([
      {
        id: "release-12",
        type: "release",
        objectId: "12",
        title: "Python 3.14.0",
        body: "A new release",
        url: "/downloads/release/python-3140/",
        boost: 1,
        date: 1759795200,
      },
    ]);
    // The settings task was polled to completion before the documents were sent.
    expect(requests.indexOf(add)).toBeGreaterThan(
      requests.findIndex((r) => r.path === "/tasks/1" && polledUntilDone(1)),
    );
    expect(polledUntilDone(2)).toBe(true);
    await b.upsert([{ type: "page", objectId: "1", title: "t", body: "b", url: "/" }]);
    expect(requests.filter((r) => r.path === "/indexes/pydotorg/settings")).toHaveLength(1);
  });

  it("removes documents by id and replaces a type by filter, waiting on each task", async () => {
    const b = backend();
    await b.remove([{ type: "news", objectId: "a/b" }]);
    const del = requests.find((r) => r.path === "/indexes/pydotorg/documents/delete-batch")!;
    expect(del.body).toEqual([meiliId({ type: "news", objectId: "a/b" })]);
    expect(meiliId({ type: "news", objectId: "a/b" })).toBe("news-a_b");
    await b.replaceType("news", []);
    const byFilter = requests.find((r) => r.path === "/indexes/pydotorg/documents/delete")!;
    expect(byFilter.body).toEqual({ filter: 'type = "news"' });
  });

  it("searches with facets, a type filter and highlight sentinels, and escapes what comes back", async () => {
    searchReply = {
      hits: [
        {
          id: "page-3",
          type: "page",
          objectId: "3",
          title: "Markup in text",
          url: "/x/",
          date: null,
          _rankingScore: 0.91,
          _formatted: {
            title: "Markup in text",
            body: `shows <script>${MARK_START}alert${MARK_END}(1)</script> literally`,
          },
        },
      ],
      query: "alert",
      processingTimeMs: 1,
      hitsPerPage: 10,
      page: 1,
      totalPages: 1,
      totalHits: 1,
      facetDistribution: { type: { page: 1, news: 2 } },
    };
    const r = await backend().search({ q: "alert", types: ["page"], page: 1, perPage: 10 });
    const searches = requests.filter((x) => x.path === "/indexes/pydotorg/search");
    expect(searches[0]!.body).toMatchObject({
      q: "alert",
      filter: 'type = "page"',
      facets: ["type"],
      attributesToHighlight: ["title", "body"],
      attributesToCrop: ["body"],
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      hitsPerPage: 10,
      page: 1,
    });
    // Facet counts come from an unfiltered request, so other types still show their numbers.
    expect(searches[1]!.body).toMatchObject({ q: "alert", facets: ["type"], limit: 0 });
    expect(searches[1]!.body).not.toHaveProperty("filter");
    expect(r.facets).toEqual({ page: 1, news: 2 });
    expect(r.total).toBe(1);
    expect(r.hits[0]).toMatchObject({ type: "page", objectId: "3", score: 0.91 });
    expect(r.hits[0]!.snippetHtml).toBe("shows &lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; literally");
  });
});

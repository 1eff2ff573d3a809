import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMeilisearchBackend, meiliId, meiliSettings } from "./meilisearch";
import { MARK_END, MARK_START } from "./text";

// HTTP contract tests: a fake Meilisearch answering with the documented response shapes
// (Meilisearch cannot be installed here). Each request is recorded and checked.
type Req = { method: string; path: string; body: unknown; auth?: string };
type TaskState = { polls: number; indexUid: string; error: { code: string; message: string } | null };
const requests: Req[] = [];
let taskUid = 0;
const tasks = new Map<number, TaskState>();
let searchReply: Record<string, unknown> = {};
let failNext: { code: string; message: string } | null = null;

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
      const t = tasks.get(uid)!;
      t.polls -= 1;
      const status = t.polls >= 0 ? "processing" : t.error ? "failed" : "succeeded";
      return send(200, {
        uid,
        batchUid: uid,
        indexUid: t.indexUid,
        status,
        type: "documentAdditionOrUpdate",
        canceledBy: null,
        details: {},
        error: status === "failed" ? { ...t.error, type: "invalid_request", link: "https://x" } : null,
        duration: "PT0.1S",
        enqueuedAt: "2026-11-22T00:00:00Z",
        startedAt: "2026-11-22T00:00:00Z",
        finishedAt: status === "processing" ? null : "2026-11-22T00:00:01Z",
      });
    }
    if (/^\/indexes\/[^/]+\/search$/.test(url.pathname)) return send(200, searchReply);
    const uid = ++taskUid;
    const indexUid = /^\/indexes\/([^/]+)/.exec(url.pathname)?.[1] ?? "";
    // One "processing" poll, then done: proves the client waits rather than reading once.
    tasks.set(uid, { polls: 1, indexUid, error: failNext });
    failNext = null;
    return send(202, {
      taskUid: uid,
      indexUid,
      status: "enqueued",
      type: "documentAdditionOrUpdate",
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
  failNext = null;
});

const backend = () => createMeilisearchBackend({ host, apiKey: "search-admin-key" });
const lastTaskUid = () => taskUid;
/** Index of the request that saw task `uid` finished (its second poll), or Infinity if never. */
const doneAt = (uid: number) => {
  const polls = requests.flatMap((r, i) => (r.path === `/tasks/${uid}` ? [i] : []));
  return polls.length >= 2 ? polls[1]! : Infinity;
};
const writes = () => requests.filter((r) => !r.path.startsWith("/tasks/") && !r.path.endsWith("/search"));

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
    const [settings, add] = writes();
    expect(settings).toMatchObject({ method: "PATCH", path: "/indexes/site/settings" });
    expect(settings!.body).toEqual(meiliSettings);
    expect(settings!.body).toMatchObject({
      searchableAttributes: ["title", "body"],
      filterableAttributes: ["type"],
      sortableAttributes: ["date"],
      pagination: { maxTotalHits: 200 },
      faceting: { maxValuesPerFacet: 100 },
    });
    expect(settings!.auth).toBe("Bearer search-admin-key");
    expect(add).toMatchObject({ method: "POST", path: "/indexes/site/documents?primaryKey=id" });
    expect(add!.body).toEqual([
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
    // The settings task was polled to completion before the documents were sent, and the
    // documents task was polled to completion before upsert returned.
    const settingsTask = lastTaskUid() - 1;
    expect(doneAt(settingsTask)).toBeLessThan(requests.indexOf(add!));
    expect(doneAt(lastTaskUid())).toBe(requests.length - 1);
    await b.upsert([{ type: "page", objectId: "1", title: "t", body: "b", url: "/" }]);
    expect(requests.filter((r) => r.path === "/indexes/site/settings")).toHaveLength(1);
  });

  it("removes documents by their sanitized id and waits for the task", async () => {
    const b = backend();
    await b.remove([{ type: "news", objectId: "a/b" }]);
    const del = requests.find((r) => r.path === "/indexes/site/documents/delete-batch")!;
    expect(del.body).toEqual(["news-a_b"]);
    expect(meiliId({ type: "news", objectId: "a/b é" })).toBe("news-a_b__");
    expect(doneAt(lastTaskUid())).toBe(requests.length - 1);
  });

  it("throws when Meilisearch reports a failed task", async () => {
    const b = backend();
    await b.remove([{ type: "page", objectId: "1" }]); // settings applied
    failNext = { code: "invalid_document_id", message: "Document identifier is invalid." };
    await expect(
      b.upsert([{ type: "page", objectId: "2", title: "t", body: "b", url: "/" }]),
    ).rejects.toThrow(/failed: Document identifier is invalid/);
  });

  it("rebuilds into a temporary index and swaps it with the live one", async () => {
    const b = backend();
    const firstTask = lastTaskUid() + 1;
    failNext = { code: "index_not_found", message: "Index `site_tmp` not found." };
    await b.rebuild(async (write) => {
      await write("page", [{ type: "page", objectId: "1", title: "About", body: "b", url: "/about/" }]);
      await write("job", []);
      await write("news", [{ type: "news", objectId: "7", title: "News", body: "n", url: "/n/" }]);
    });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /indexes/site_tmp",
      "PATCH /indexes/site_tmp/settings",
      "POST /indexes/site_tmp/documents?primaryKey=id",
      "POST /indexes/site_tmp/documents?primaryKey=id",
      "PATCH /indexes/site/settings",
      "POST /swap-indexes",
      "DELETE /indexes/site_tmp",
    ]);
    const swap = requests.find((r) => r.path === "/swap-indexes")!;
    expect(swap.body).toEqual([{ indexes: ["site", "site_tmp"], rename: false }]);
    // Every write waited for its task before the next one was sent (a missing temporary index
    // is expected the first time and is not an error).
    const w = writes();
    for (let k = 0; k < w.length - 1; k++)
      expect(doneAt(firstTask + k)).toBeLessThan(requests.indexOf(w[k + 1]!));
    expect(doneAt(lastTaskUid())).toBe(requests.length - 1);
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
            body: `shows <script>${MARK_START}alert${MARK_END}(1)</script> & "quotes" literally`,
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
    const r = await backend().search({ q: "alert", types: ["page", "news"], page: 1, perPage: 10 });
    const searches = requests.filter((x) => x.path === "/indexes/site/search");
    expect(searches[0]!.method).toBe("POST");
    expect(searches[0]!.body).toMatchObject({
      q: "alert",
      filter: 'type = "page" OR type = "news"',
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
    expect(r.hits[0]).toMatchObject({ type: "page", objectId: "3", score: 0.91, date: null });
    expect(r.hits[0]!.snippetHtml).toBe(
      "shows &lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; &quot;quotes&quot; literally",
    );
  });

  it("asks once when no type filter is set and converts dates back from seconds", async () => {
    searchReply = {
      hits: [
        {
          id: "news-1",
          type: "news",
          objectId: "1",
          title: "T",
          url: "/n/",
          date: 1759795200,
          _formatted: {},
        },
      ],
      query: "t",
      processingTimeMs: 1,
      hitsPerPage: 5,
      page: 2,
      totalPages: 2,
      totalHits: 6,
      facetDistribution: { type: { news: 6 } },
    };
    const r = await backend().search({ q: "t", page: 2, perPage: 5 });
    const searches = requests.filter((x) => x.path === "/indexes/site/search");
    expect(searches).toHaveLength(1);
    expect(searches[0]!.body).not.toHaveProperty("filter");
    expect(r).toMatchObject({ total: 6, page: 2, perPage: 5, facets: { news: 6 } });
    expect(r.hits[0]).toMatchObject({ date: "2025-10-07T00:00:00.000Z", snippetHtml: "", score: 0 });
  });
});

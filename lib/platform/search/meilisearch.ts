/**
 * Meilisearch backend (when MEILISEARCH_URL is set). One index; settings and every write wait for
 * their task, so a search right after indexing sees the change. Highlights come back in
 * `_formatted` with our sentinels and are escaped like the PostgreSQL snippets.
 */
import { Meilisearch, type EnqueuedTaskPromise, type Index, type Task } from "meilisearch";
import { MARK_END, MARK_START, cleanText, markedSnippet } from "./text";
import type { SearchBackend, SearchDocumentInput, SearchDocumentRef, SearchHit } from "./types";

type MeiliDoc = {
  id: string;
  type: string;
  objectId: string;
  title: string;
  body: string;
  url: string;
  boost: number;
  date: number | null;
};

export const meiliSettings = {
  searchableAttributes: ["title", "body"],
  filterableAttributes: ["type"],
  sortableAttributes: ["date"],
  displayedAttributes: ["id", "type", "objectId", "title", "url", "date", "body"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "boost:desc"],
  pagination: { maxTotalHits: 200 },
  faceting: { maxValuesPerFacet: 100 },
};

/** Meilisearch ids allow [a-zA-Z0-9_-] only. */
export const meiliId = (r: SearchDocumentRef) => `${r.type}-${r.objectId}`.replace(/[^a-zA-Z0-9_-]/g, "_");

const toDoc = (d: SearchDocumentInput): MeiliDoc => ({
  id: meiliId(d),
  type: d.type,
  objectId: d.objectId,
  title: cleanText(d.title),
  body: cleanText(d.body),
  url: d.url,
  boost: d.boost ?? 1,
  date: d.date ? Math.floor(d.date.getTime() / 1000) : null,
});

/** Waits for a task and fails loudly: Meilisearch reports a rejected write only on the task. */
async function settle(enqueued: EnqueuedTaskPromise, allow: string[] = []): Promise<Task> {
  // Document batches on a busy server can take longer than the client's 5 s default.
  const task = await enqueued.waitTask({ timeout: 120_000, interval: 50 });
  if (task.status === "failed" && !allow.includes(task.error?.code ?? "")) {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) failed: ${task.error?.message ?? "unknown error"}`,
    );
  }
  return task;
}

// Documents per request: keeps each payload well under Meilisearch's 100 MB default limit.
const BATCH = 1000;

async function addAll(index: Index<MeiliDoc>, docs: SearchDocumentInput[]) {
  for (let i = 0; i < docs.length; i += BATCH)
    await settle(index.addDocuments(docs.slice(i, i + BATCH).map(toDoc), { primaryKey: "id" }));
}

const typeFilter = (types: string[]) => types.map((t) => `type = ${JSON.stringify(t)}`).join(" OR ");

export function createMeilisearchBackend(opts: {
  host: string;
  apiKey?: string;
  indexUid?: string;
}): SearchBackend {
  const client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey });
  const uid = opts.indexUid ?? "site";
  let ready: Promise<Index<MeiliDoc>> | null = null;
  // Settings are applied once per process (this also creates the index when it is missing).
  const index = () =>
    (ready ??= (async () => {
      await settle(client.index(uid).updateSettings(meiliSettings));
      return client.index<MeiliDoc>(uid);
    })().catch((e: unknown) => {
      ready = null;
      throw e;
    }));

  return {
    name: "meilisearch",
    async search({ q, types, page, perPage }) {
      const idx = await index();
      const text = q.slice(0, 200);
      const res = await idx.search(text, {
        ...(types?.length ? { filter: typeFilter(types) } : {}),
        facets: ["type"],
        attributesToHighlight: ["title", "body"],
        attributesToCrop: ["body"],
        cropLength: 35,
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
        hitsPerPage: perPage,
        page,
        showRankingScore: true,
      });
      // Facet counts before the type filter: one more request only when a filter is applied.
      const facetSource = types?.length ? await idx.search(text, { facets: ["type"], limit: 0 }) : res;
      const hits: SearchHit[] = res.hits.map((h) => ({
        type: h.type,
        objectId: h.objectId,
        title: h.title,
        url: h.url,
        snippetHtml: markedSnippet(String(h._formatted?.body ?? "")),
        date: h.date ? new Date(h.date * 1000).toISOString() : null,
        score: Number(h._rankingScore ?? 0),
      }));
      return {
        hits,
        total: res.totalHits,
        facets: { ...(facetSource.facetDistribution?.type ?? {}) },
        page,
        perPage,
        // Meilisearch's own typo tolerance works inside the ranking; nothing to report.
        fuzzy: false,
        correctedQuery: null,
      };
    },
    async upsert(docs) {
      if (docs.length) await addAll(await index(), docs);
    },
    async remove(refs) {
      if (refs.length) await settle((await index()).deleteDocuments(refs.map(meiliId)));
    },
    async rebuild(fill) {
      // Zero-downtime reindex: fill a temporary index, then swap it with the live one.
      const tmpUid = `${uid}_tmp`;
      await settle(client.deleteIndex(tmpUid), ["index_not_found"]);
      const tmp = client.index<MeiliDoc>(tmpUid);
      await settle(tmp.updateSettings(meiliSettings));
      await fill((_type, docs) => addAll(tmp, docs));
      await index(); // the live index must exist for the swap
      await settle(client.swapIndexes([{ indexes: [uid, tmpUid], rename: false }]));
      await settle(client.deleteIndex(tmpUid));
    },
  };
}

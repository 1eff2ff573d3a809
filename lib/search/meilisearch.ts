/**
 * Meilisearch backend (when MEILISEARCH_URL is set). One index; settings and every write wait for
 * their task, so a search right after indexing sees the change. Highlights come back in
 * `_formatted` with our sentinels and are escaped like the PostgreSQL snippets.
 */
import { Meilisearch, type Index } from "meilisearch";
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

const typeFilter = (types: string[]) => types.map((t) => `type = ${JSON.stringify(t)}`).join(" OR ");

export function createMeilisearchBackend(opts: {
  host: string;
  apiKey?: string;
  indexUid?: string;
}): SearchBackend {
  const client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey });
  const uid = opts.indexUid ?? "pydotorg";
  let ready: Promise<Index<MeiliDoc>> | null = null;
  const index = () =>
    (ready ??= (async () => {
      await client.index(uid).updateSettings(meiliSettings).waitTask();
      return client.index<MeiliDoc>(uid);
    })().catch((e) => {
      ready = null;
      throw e;
    }));

  return {
    name: "meilisearch",
    async search({ q, types, page, perPage }) {
      const idx = await index();
      const res = await idx.search(q.slice(0, 200), {
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
      const facetSource = types?.length
        ? await idx.search(q.slice(0, 200), { facets: ["type"], limit: 0 })
        : res;
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
        total: res.totalHits ?? hits.length,
        facets: { ...(facetSource.facetDistribution?.type ?? {}) },
        page,
        perPage,
        fuzzy: false,
      };
    },
    async upsert(docs) {
      if (docs.length) await (await index()).addDocuments(docs.map(toDoc), { primaryKey: "id" }).waitTask();
    },
    async remove(refs) {
      if (refs.length) await (await index()).deleteDocuments(refs.map(meiliId)).waitTask();
    },
    async replaceType(type, docs) {
      const idx = await index();
      await idx.deleteDocuments({ filter: `type = ${JSON.stringify(type)}` }).waitTask();
      if (docs.length) await idx.addDocuments(docs.map(toDoc), { primaryKey: "id" }).waitTask();
    },
  };
}

/**
 * PostgreSQL full-text search (the default backend): title weighted A, body B, English stemming,
 * websearch syntax with the last plain word matched as a prefix, ts_rank_cd × boost, ts_headline
 * snippets, facet counts per type, and pg_trgm similarity on titles when nothing matches exactly.
 * Only parameterised SQL (Prisma.sql); user text never becomes SQL.
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { cleanText, MARK_END, MARK_START, markedSnippet } from "./text";
import type { SearchBackend, SearchDocumentInput, SearchHit, SearchQuery, SearchResults } from "./types";

/**
 * PostgreSQL's parser reads "<script>alert(1)</script>" as markup tags and drops the words inside.
 * Indexed text is plain text, so a \u0001 after each "<" stops that; it is removed again from
 * snippets (and never stored: cleanText strips control characters).
 */
const untagged = (expr: Prisma.Sql) => Prisma.sql`replace(${expr}, '<', '<' || chr(1))`;

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** The tsquery for a user's text: websearch syntax, with a plain last word as a prefix. */
export function buildTsQuery(q: string): Prisma.Sql {
  const text = q.trim().slice(0, 200);
  if (/^[\p{L}\p{N}\s]+$/u.test(text)) {
    const words = text.split(/\s+/);
    const last = words.pop()!.toLowerCase();
    const prefix = Prisma.sql`to_tsquery('english', ${`${last}:*`})`;
    return words.length
      ? Prisma.sql`(websearch_to_tsquery('english', ${words.join(" ")}) && ${prefix})`
      : prefix;
  }
  return Prisma.sql`websearch_to_tsquery('english', ${text})`;
}

// Low enough for one transposition in a short word ("pyhton"), high enough to skip noise.
const FUZZY_THRESHOLD = 0.25;

let trigramAvailable: Promise<boolean> | null = null;
const hasTrigram = () =>
  (trigramAvailable ??= db.$queryRaw<
    { ok: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS ok`
    .then((r) => Boolean(r[0]?.ok))
    .catch(() => false));

type Row = {
  type: string;
  object_id: string;
  title: string;
  url: string;
  date: Date | null;
  score: number;
  snippet: string;
};

const toHit = (r: Row): SearchHit => ({
  type: r.type,
  objectId: r.object_id,
  title: r.title,
  url: r.url,
  snippetHtml: markedSnippet(r.snippet ?? ""),
  date: r.date ? r.date.toISOString() : null,
  score: Number(r.score),
});

async function search({ q, types, page, perPage }: SearchQuery): Promise<SearchResults> {
  const query = buildTsQuery(q);
  const typeFilter = types?.length ? Prisma.sql`AND type IN (${Prisma.join(types)})` : Prisma.empty;
  const facetRows = await db.$queryRaw<{ type: string; n: bigint }[]>`
    SELECT type, count(*) AS n FROM search_document CROSS JOIN (SELECT ${query} AS query) q
    WHERE tsv @@ query GROUP BY type`;
  const facets = Object.fromEntries(facetRows.map((f) => [f.type, Number(f.n)]));
  const total = Object.entries(facets)
    .filter(([t]) => !types?.length || types.includes(t))
    .reduce((n, [, c]) => n + c, 0);
  if (total > 0) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT type, object_id, title, url, date, score,
             replace(ts_headline('english', ${untagged(Prisma.sql`body`)}, query, ${HEADLINE}), chr(1), '') AS snippet
      FROM (
        SELECT d.*, query, ts_rank_cd(tsv, query) * boost AS score
        FROM search_document d CROSS JOIN (SELECT ${query} AS query) q
        WHERE tsv @@ query ${typeFilter}
        ORDER BY score DESC, date DESC NULLS LAST, id
        LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
      ) ranked
      ORDER BY score DESC, date DESC NULLS LAST`;
    return { hits: rows.map(toHit), total, facets, page, perPage, fuzzy: false };
  }
  if (!(await hasTrigram())) return { hits: [], total: 0, facets, page, perPage, fuzzy: false };
  // Typo tolerance: titles similar to the text ("pyhton" → "Python").
  const text = q.trim().slice(0, 200);
  const rows = await db.$queryRaw<Row[]>`
    SELECT type, object_id, title, url, date, word_similarity(${text}, title) AS score,
           left(body, 240) AS snippet
    FROM search_document
    WHERE word_similarity(${text}, title) >= ${FUZZY_THRESHOLD} ${typeFilter}
    ORDER BY score DESC, date DESC NULLS LAST
    LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  const fuzzyFacets = await db.$queryRaw<{ type: string; n: bigint }[]>`
    SELECT type, count(*) AS n FROM search_document
    WHERE word_similarity(${text}, title) >= ${FUZZY_THRESHOLD} GROUP BY type`;
  const ff = Object.fromEntries(fuzzyFacets.map((f) => [f.type, Number(f.n)]));
  const fuzzyTotal = Object.entries(ff)
    .filter(([t]) => !types?.length || types.includes(t))
    .reduce((n, [, c]) => n + c, 0);
  return { hits: rows.map(toHit), total: fuzzyTotal, facets: ff, page, perPage, fuzzy: fuzzyTotal > 0 };
}

function upsertSql(d: SearchDocumentInput): Prisma.Sql {
  const title = cleanText(d.title).slice(0, 1000);
  const body = cleanText(d.body).slice(0, 100_000);
  return Prisma.sql`
    INSERT INTO search_document (type, object_id, title, body, url, boost, date, updated_at, tsv)
    VALUES (${d.type}, ${d.objectId}, ${title}, ${body}, ${d.url}, ${d.boost ?? 1}, ${d.date ?? null}, now(),
      setweight(to_tsvector('english', ${untagged(Prisma.sql`${title}`)}), 'A') ||
      setweight(to_tsvector('english', ${untagged(Prisma.sql`${body}`)}), 'B'))
    ON CONFLICT (type, object_id) DO UPDATE SET
      title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url, boost = EXCLUDED.boost,
      date = EXCLUDED.date, tsv = EXCLUDED.tsv, updated_at = now()`;
}

export const postgresBackend: SearchBackend = {
  name: "postgres",
  search,
  async upsert(docs) {
    for (const d of docs) await db.$executeRaw(upsertSql(d));
  },
  async remove(refs) {
    for (const r of refs)
      await db.$executeRaw`DELETE FROM search_document WHERE type = ${r.type} AND object_id = ${r.objectId}`;
  },
  async replaceType(type, docs) {
    // One transaction: searchers see the old set or the new one, never half of each.
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM search_document WHERE type = ${type}`;
      for (const d of docs) await tx.$executeRaw(upsertSql(d));
    });
  },
};

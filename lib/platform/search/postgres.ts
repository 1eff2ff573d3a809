/**
 * PostgreSQL full-text search (the default backend): title weighted A, body B, English stemming,
 * websearch syntax with the last plain word matched as a prefix, ts_rank_cd × boost, ts_headline
 * snippets, facet counts per type, and, when nothing matches, words corrected against title words
 * found by pg_trgm similarity.
 * Only parameterised SQL (Prisma.sql); user text never becomes SQL.
 */
import "server-only";
import { db, Prisma } from "@/lib/platform/db";
import { cleanText, MARK_END, MARK_START, markedSnippet } from "./text";
import { applyCorrections, type Candidate, pickCorrection, queryWords } from "./typos";
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

// Trigram similarity for typo candidates: low enough for one swap in a short word ("pyhton"
// shares 3 of 11 trigrams with "python"); edit distance then picks among them.
const FUZZY_THRESHOLD = 0.2;

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

const sumFacets = (facets: Record<string, number>, types?: string[]) =>
  Object.entries(facets)
    .filter(([t]) => !types?.length || types.includes(t))
    .reduce((n, [, c]) => n + c, 0);

const toFacets = (rows: { type: string; n: bigint }[]) =>
  Object.fromEntries(rows.map((f) => [f.type, Number(f.n)]));

/** Full-text search proper; null when the words match nothing of any type. */
async function searchWords(
  text: string,
  { types, page, perPage }: SearchQuery,
): Promise<Omit<SearchResults, "fuzzy" | "correctedQuery"> | null> {
  const query = buildTsQuery(text);
  const facets = toFacets(
    await db.$queryRaw<{ type: string; n: bigint }[]>`
      SELECT type, count(*) AS n FROM search_document CROSS JOIN (SELECT ${query} AS query) q
      WHERE tsv @@ query GROUP BY type`,
  );
  if (!Object.keys(facets).length) return null;
  const total = sumFacets(facets, types);
  const typeFilter = types?.length ? Prisma.sql`AND type IN (${Prisma.join(types)})` : Prisma.empty;
  const rows = total
    ? await db.$queryRaw<Row[]>`
      SELECT type, object_id, title, url, date, score,
             replace(ts_headline('english', ${untagged(Prisma.sql`body`)}, query, ${HEADLINE}), chr(1), '') AS snippet
      FROM (
        SELECT d.*, query, ts_rank_cd(tsv, query) * boost AS score
        FROM search_document d CROSS JOIN (SELECT ${query} AS query) q
        WHERE tsv @@ query ${typeFilter}
        ORDER BY score DESC, date DESC NULLS LAST, id
        LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
      ) ranked
      ORDER BY score DESC, date DESC NULLS LAST, object_id`
    : [];
  return { hits: rows.map(toHit), total, facets, page, perPage };
}

async function search(query: SearchQuery): Promise<SearchResults> {
  const text = query.q.trim().slice(0, 200);
  const exact = await searchWords(text, query);
  if (exact) return { ...exact, fuzzy: false, correctedQuery: null };
  // Typo tolerance only when the words match nothing at all (a type filter that hides every
  // match keeps the other types' counts instead): correct the words against title words.
  const corrected = await correctQuery(text);
  const fuzzy = corrected ? await searchWords(corrected, query) : null;
  if (fuzzy) return { ...fuzzy, fuzzy: true, correctedQuery: corrected };
  const { page, perPage } = query;
  return { hits: [], total: 0, facets: {}, page, perPage, fuzzy: false, correctedQuery: null };
}

/**
 * "pyhton" → "python": pg_trgm finds titles that look like each word (through the trigram
 * index on title), their words are the candidates, and the closest by edit distance wins.
 * Null when nothing changes or pg_trgm is not installed.
 */
async function correctQuery(text: string): Promise<string | null> {
  const words = queryWords(text);
  if (!words.length || !(await hasTrigram())) return null;
  // `<%` uses the GIN index; its threshold is set for this transaction only.
  const [, ...perWord] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
    ...words.map(
      (w) => db.$queryRaw<Candidate[]>`
        SELECT word, count(*)::int AS n FROM (
          SELECT regexp_split_to_table(lower(title), '[^[:alnum:]]+') AS word
          FROM search_document WHERE ${w} <% title
        ) t
        WHERE length(word) > 1 AND similarity(word, ${w}) >= ${FUZZY_THRESHOLD}
        GROUP BY word ORDER BY max(similarity(word, ${w})) DESC, word LIMIT 30`,
    ),
  ]);
  const corrections = new Map<string, string>();
  words.forEach((w, i) => {
    const candidates = perWord[i] as Candidate[];
    if (candidates.some((c) => c.word === w)) return;
    const best = pickCorrection(w, candidates);
    if (best) corrections.set(w, best);
  });
  return corrections.size ? applyCorrections(text, corrections) : null;
}

/** One VALUES row: the tsvector is computed in the same statement that stores the text. */
function valuesRow(d: SearchDocumentInput): Prisma.Sql {
  const title = cleanText(d.title).slice(0, 1000);
  const body = cleanText(d.body).slice(0, 100_000);
  return Prisma.sql`(${d.type}, ${d.objectId}, ${title}, ${body}, ${d.url}, ${d.boost ?? 1}, ${d.date ?? null}::timestamptz, now(),
    setweight(to_tsvector('english', ${untagged(Prisma.sql`${title}`)}), 'A') ||
    setweight(to_tsvector('english', ${untagged(Prisma.sql`${body}`)}), 'B'))`;
}

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters, and small enough for large bodies.
const BATCH = 100;

async function upsertAll(run: (sql: Prisma.Sql) => Promise<unknown>, docs: SearchDocumentInput[]) {
  // ON CONFLICT cannot touch one row twice in a statement: the last document for a key wins.
  const unique = [...new Map(docs.map((d) => [`${d.type}\u0000${d.objectId}`, d])).values()];
  for (let i = 0; i < unique.length; i += BATCH) {
    await run(Prisma.sql`
      INSERT INTO search_document (type, object_id, title, body, url, boost, date, updated_at, tsv)
      VALUES ${Prisma.join(unique.slice(i, i + BATCH).map(valuesRow))}
      ON CONFLICT (type, object_id) DO UPDATE SET
        title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url, boost = EXCLUDED.boost,
        date = EXCLUDED.date, tsv = EXCLUDED.tsv, updated_at = now()`);
  }
}

// A large type (thousands of pages) takes longer than Prisma's 5 s default transaction timeout.
const REPLACE_TX = { maxWait: 10_000, timeout: 300_000 };

export const postgresBackend: SearchBackend = {
  name: "postgres",
  search,
  upsert: (docs) => upsertAll((sql) => db.$executeRaw(sql), docs),
  async remove(refs) {
    if (!refs.length) return;
    const keys = refs.map((r) => Prisma.sql`(${r.type}, ${r.objectId})`);
    await db.$executeRaw`DELETE FROM search_document WHERE (type, object_id) IN (${Prisma.join(keys)})`;
  },
  async rebuild(fill) {
    const written: string[] = [];
    await fill(async (type, docs) => {
      // One transaction per type: searchers see its old set or the new one, never half of each.
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`DELETE FROM search_document WHERE type = ${type}`;
        await upsertAll((sql) => tx.$executeRaw(sql), docs);
      }, REPLACE_TX);
      written.push(type);
    });
    // Types no source produces any more (a renamed or retired type) leave the index.
    await db.$executeRaw`DELETE FROM search_document
      WHERE ${written.length ? Prisma.sql`type NOT IN (${Prisma.join(written)})` : Prisma.sql`true`}`;
  },
};

/**
 * `npm run search:reindex`: rebuilds the search index from the database (PostgreSQL full-text
 * search, or Meilisearch when MEILISEARCH_URL is set), type by type, with a progress bar.
 */
import "./load-env";
import cliProgress from "cli-progress";
import { db } from "../lib/platform/db";
import { getSearchBackend } from "../lib/platform/search";
import { reindexAll } from "../lib/site/search";
import { searchSources } from "../lib/site/search/sources";

const bar = new cliProgress.SingleBar(
  { format: "Reindexing [{bar}] {value}/{total} types | {type}", hideCursor: true },
  cliProgress.Presets.shades_classic,
);
try {
  bar.start(Object.keys(searchSources).length, 0, { type: "" });
  const { total, byType } = await reindexAll({ onProgress: (type, done) => bar.update(done, { type }) });
  bar.stop();
  const detail = Object.entries(byType)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  console.log(`Indexed ${total} documents in ${getSearchBackend().name} (${detail}).`);
} catch (e) {
  bar.stop();
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

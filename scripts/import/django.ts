/**
 * `npm run import:django -- <file.json|dir>... [--media DIR] [--dry-run] [--only app,app]
 * [--allow-errors] [--batch N] [--report FILE]`: imports python.org's `manage.py dumpdata` output
 * (see docs/operations.md); `--from-postgres URL` instead of files reads the Django tables. Upserts by legacy id, so running it again changes nothing; exits 1
 * when rows failed (unless --allow-errors), 2 on a usage or fatal error. Then, once, when anything
 * changed: the generated boxes are regenerated, the search index rebuilt and every cache tag
 * revalidated.
 */
import "../load-env";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { db } from "../../lib/platform/db";
import { revalidateDomain } from "../../lib/platform/cdn/revalidate";
import { closeRedis } from "../../lib/platform/redis";
import { storage } from "../../lib/platform/storage";
import { regenerateAllBoxes } from "../../lib/site/boxes/regenerate";
import { allTags } from "../../lib/site/cache-tags";
import { reindexAll } from "../../lib/site/search";
import { formatReport } from "./report";
import { runImport, type Progress } from "./run";

const USAGE =
  "usage: npm run import:django -- <file.json|dir>... | --from-postgres URL [--media DIR] [--dry-run] [--only app,app] [--allow-errors] [--batch N] [--report FILE]";

function terminalProgress(): Progress | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let bar: cliProgress.SingleBar | null = null;
  let read = 0;
  return {
    reading() {
      if (++read % 5000 === 0) process.stderr.write(`\rReading dump: ${read} rows`);
    },
    startModel(model, total) {
      if (read) process.stderr.write("\n");
      read = 0;
      bar = new cliProgress.SingleBar(
        { format: `${model.padEnd(40)} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    row: () => bar?.increment(),
    endModel() {
      bar?.stop();
      bar = null;
    },
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      media: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      only: { type: "string" },
      "allow-errors": { type: "boolean", default: false },
      batch: { type: "string" },
      report: { type: "string" },
      "from-postgres": { type: "string" },
    },
  });
  const fromPostgres = values["from-postgres"] ?? null;
  if (positionals.length === 0 && !fromPostgres) {
    console.error(USAGE);
    return 2;
  }
  const batchSize = values.batch ? Number(values.batch) : 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch takes a positive integer");
  const dryRun = values["dry-run"];
  const result = await runImport({
    inputs: positionals,
    fromPostgres,
    db,
    only: values.only ? values.only.split(",") : null,
    dryRun,
    mediaDir: values.media ?? null,
    storage,
    batchSize,
    progress: terminalProgress(),
  });
  console.log(formatReport(result, { dryRun }));
  if (values.report) writeFileSync(values.report, JSON.stringify(result, null, 2));
  if (result.changed && !dryRun) {
    // The boxes python.org's code writes (download buttons, latest news) follow the imported rows.
    await regenerateAllBoxes();
    const indexed = await reindexAll();
    console.log(`Search: ${indexed.total} documents indexed.`);
    // Expired at once, not stale-while-revalidate: the next request after an import shows it.
    const revalidated = await revalidateDomain(allTags, { mode: "immediate" });
    console.log(
      `Caches: ${revalidated.shared.length + revalidated.revalidated.length} tags revalidated${revalidated.skipped.length ? ` (${revalidated.skipped.length} not reachable without REDIS_URL: pages refresh within their cache life)` : ""}.`,
    );
  }
  return result.failed > 0 && !values["allow-errors"] ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await closeRedis();
}

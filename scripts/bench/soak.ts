/**
 * `npm run bench -- --soak [minutes] [--rate N]` (issue #22): minutes of mixed load at half the
 * measured capacity against `next start` on DATABASE_URL (PostgreSQL) and REDIS_URL, then the
 * checks: no 5xx, every acknowledged write in the database, p99 per route, next-server RSS.
 * Writes bench/results/soak.json and the "Soak" section of docs/benchmarks.md; exits non-zero
 * when a check fails. Needs a production build of a seeded database and SEED_PASSWORD (the demo
 * users' password) for the sign-ins.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { generateApiKey } from "../../lib/users/utils";
import { rootDir } from "../db/engine";
import { benchCommit, startBenchServer, type BenchServer } from "./server";
import { createMix, driveClosed, driveOpen, Recorder, writeUrlPrefix, type SoakContext } from "./soak-load";
import {
  checkWrites,
  parseSoakArgs,
  parseVmRssMb,
  renderSoakSection,
  replaceSection,
  soakFailures,
  SOAK_HEADING,
  summarizeRoute,
  type SoakReport,
} from "./soak-stats";

const WARM_UP_MS = 15_000;
const PROBE_MS = 20_000;
const PROBE_CONNECTIONS = 32;
const TICK_MS = 10_000;
const SIGN_IN_USER = "alice";
const STAFF_USER = "staff";

const rssMb = (pid: number) => {
  try {
    return parseVmRssMb(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return 0;
  }
};

/** A staff ApiKey in the database, removed by the returned function. */
async function createStaffKey(db: pg.Client): Promise<{ header: string; remove: () => Promise<unknown> }> {
  const { key, keyHash, prefix } = generateApiKey();
  const r = await db.query<{ id: number }>(
    `INSERT INTO users_apikey (user_id, kind, key_hash, prefix, name)
     SELECT id, 'v1_apikey', $2, $3, 'soak' FROM users_user WHERE username = $1 RETURNING id`,
    [STAFF_USER, keyHash, prefix],
  );
  const id = r.rows[0]?.id;
  if (!id) throw new Error(`No seeded user ${STAFF_USER}: seed the database first (npm run db:seed).`);
  return {
    header: `ApiKey ${STAFF_USER}:${key}`,
    remove: () => db.query("DELETE FROM users_apikey WHERE id = $1", [id]),
  };
}

/** The draft release the writes attach files to, created through the API like the writes. */
async function createDraftRelease(base: string, apiKey: string, runId: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/downloads/release/`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: apiKey },
    body: JSON.stringify({ name: `Soak ${runId}`, slug: `soak-${runId}`, is_published: false }),
  });
  const location = res.headers.get("location");
  if (res.status !== 201 || !location)
    throw new Error(`creating the soak's draft release: HTTP ${res.status}`);
  return location;
}

async function sourceOsUri(base: string): Promise<string> {
  const body = (await (await fetch(`${base}/api/v1/downloads/os/?slug=source`)).json()) as {
    objects: { resource_uri: string }[];
  };
  if (!body.objects[0]) throw new Error("No 'source' OS in the database: seed it first.");
  return body.objects[0].resource_uri;
}

async function storedWrites(db: pg.Client, runId: string): Promise<Map<string, number>> {
  const r = await db.query<{ id: number; url: string }>(
    "SELECT id, url FROM downloads_releasefile WHERE starts_with(url, $1)",
    [writeUrlPrefix(runId)],
  );
  return new Map(r.rows.map((row) => [row.url, row.id]));
}

/** Runs the soak; the process exit code (1 when a check failed). */
export async function runSoak(argv: string[], port: number): Promise<number> {
  const opts = parseSoakArgs(argv);
  const password = process.env.SEED_PASSWORD;
  const databaseUrl = process.env.DATABASE_URL;
  if (!password || !databaseUrl) {
    console.error(
      "The soak needs DATABASE_URL (PostgreSQL, seeded) and SEED_PASSWORD (the demo users' password).",
    );
    return 1;
  }
  const runId = Date.now().toString(36);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const key = await createStaffKey(db);
  let server: BenchServer | null = null;
  try {
    server = await startBenchServer({ port });
    const ctx: SoakContext = {
      base: server.base,
      login: SIGN_IN_USER,
      password,
      apiKey: key.header,
      releaseUri: await createDraftRelease(server.base, key.header, runId),
      osUri: await sourceOsUri(server.base),
      runId,
    };
    const acked = new Map<string, number>();
    const ops = createMix(ctx, acked);
    const pid = server.serverPid();

    console.log(`Warming up for ${WARM_UP_MS / 1000} s (server pid ${pid})…`);
    const before = new Recorder(ops);
    await driveClosed(ops, before, 4, WARM_UP_MS);
    const afterWarmUp = rssMb(pid);
    let capacity: number | null = null;
    if (opts.rate === null) {
      capacity = Math.round(await driveClosed(ops, before, PROBE_CONNECTIONS, PROBE_MS));
      console.log(`Capacity of the mix: ${capacity} operations/s.`);
    }
    const rate = opts.rate ?? Math.max(1, Math.round(capacity! / 2));

    const soakStart = rssMb(pid);
    const timeline: { second: number; rssMb: number; load1: number }[] = [];
    const t0 = Date.now();
    const sample = () =>
      timeline.push({
        second: Math.round((Date.now() - t0) / 1000),
        rssMb: rssMb(pid),
        load1: loadavg()[0]!,
      });
    sample();
    console.log(`Soaking for ${opts.minutes} min at ${rate} operations/s…`);
    const soak = new Recorder(ops);
    const { skipped } = await driveOpen(ops, soak, {
      rate,
      ms: opts.minutes * 60_000,
      tickMs: TICK_MS,
      onTick: sample,
    });
    sample();

    const writes = checkWrites(acked, await storedWrites(db, runId));
    const loads = timeline.map((s) => s.load1);
    const report: SoakReport = {
      at: new Date(t0).toISOString(),
      commit: benchCommit(),
      minutes: opts.minutes,
      rate,
      capacity,
      requests: soak.requests,
      operations: soak.operations,
      skipped,
      routes: [...soak.tallies.values()].map(summarizeRoute),
      beforeSoak: [...before.tallies.values()].map(summarizeRoute),
      writes,
      rssMb: {
        afterWarmUp,
        soakStart,
        min: Math.min(...timeline.map((s) => s.rssMb)),
        peak: Math.max(...timeline.map((s) => s.rssMb)),
        end: timeline.at(-1)!.rssMb,
      },
      loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
    };
    const section = renderSoakSection(report);
    await mkdir(path.join(rootDir, "bench/results"), { recursive: true });
    await writeFile(
      path.join(rootDir, "bench/results/soak.json"),
      JSON.stringify({ ...report, timeline }, null, 2),
    );
    const docPath = path.join(rootDir, "docs/benchmarks.md");
    await writeFile(docPath, replaceSection(await readFile(docPath, "utf8"), SOAK_HEADING, section));
    console.log(section);
    const failures = soakFailures(report);
    for (const f of failures) console.error(`Soak failed: ${f}`);
    return failures.length ? 1 : 0;
  } finally {
    await server?.stop();
    // The soak's rows go: the draft release (its files cascade) and the key.
    await db.query("DELETE FROM downloads_releasefile WHERE starts_with(url, $1)", [writeUrlPrefix(runId)]);
    await db.query("DELETE FROM downloads_release WHERE slug = $1", [`soak-${runId}`]);
    await key.remove();
    await db.end();
  }
}

/**
 * `--from-postgres URL`: the Django tables read straight from python.org's database, for a site
 * too big to dump. Each selected model's table is read through a server-side cursor, a thousand
 * rows at a time, and written to the same spool as a dump would be, in dumpdata's shape
 * (`<field>_id` columns become the foreign key `<field>`, many-to-many tables become id lists),
 * so the mappings do not know where their rows came from.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import type { Spool } from "./dump";
import type { DumpRow, Mapping } from "./types";

/** Django's db_table where it is not `<app>_<model>`. */
const TABLES: Record<string, string> = {
  "contenttypes.contenttype": "django_content_type",
  "redirects.redirect": "django_redirect",
};

/** Many-to-many fields per model: join table, this side's column, the other side's column. */
const M2M: Record<string, Record<string, [string, string, string]>> = {
  "users.user": {
    groups: ["users_user_groups", "user_id", "group_id"],
    user_permissions: ["users_user_user_permissions", "user_id", "permission_id"],
  },
  "auth.group": { permissions: ["auth_group_permissions", "group_id", "permission_id"] },
  "work_groups.workgroup": {
    organizers: ["work_groups_workgroup_organizers", "workgroup_id", "user_id"],
    members: ["work_groups_workgroup_members", "workgroup_id", "user_id"],
  },
  "events.event": { categories: ["events_event_categories", "event_id", "eventcategory_id"] },
  "jobs.job": { job_types: ["jobs_job_job_types", "job_id", "jobtype_id"] },
  "blogs.feedaggregate": { feeds: ["blogs_feedaggregate_feeds", "feedaggregate_id", "feed_id"] },
  "sponsors.sponsorshipbenefit": {
    packages: ["sponsors_sponsorshipbenefit_packages", "sponsorshipbenefit_id", "sponsorshippackage_id"],
    legal_clauses: ["sponsors_sponsorshipbenefit_legal_clauses", "sponsorshipbenefit_id", "legalclause_id"],
    conflicts: ["sponsors_sponsorshipbenefit_conflicts", "from_sponsorshipbenefit_id", "to_sponsorshipbenefit_id"],
  },
};

/** django-polymorphic subclasses (multi-table inheritance): their pk is the base row's pointer. */
const POLYMORPHIC_BASES: [string, string[]][] = [
  [
    "benefitfeatureconfiguration",
    ["logoplacement", "tieredbenefit", "emailtargetable", "requiredimgasset", "requiredtextasset"]
      .concat(["requiredresponseasset", "providedtextasset", "providedfileasset"])
      .map((k) => `${k}configuration`),
  ],
  [
    "benefitfeature",
    ["logoplacement", "tieredbenefit", "emailtargetable", "requiredimgasset", "requiredtextasset"].concat([
      "requiredresponseasset",
      "providedtextasset",
      "providedfileasset",
    ]),
  ],
  ["genericasset", ["imgasset", "textasset", "fileasset", "responseasset"]],
];

/** The primary key column where it is not `id` (DRF's tokens are keyed by the token). */
const PKS: Record<string, string> = {
  "authtoken.token": "key",
  ...Object.fromEntries(
    POLYMORPHIC_BASES.flatMap(([base, subs]) => subs.map((sub) => [`sponsors.${sub}`, `${base}_ptr_id`])),
  ),
};

/** Columns named `*_id` that are no foreign key (a GenericForeignKey's object id). */
const PLAIN_ID_COLUMNS = new Set(["object_id"]);

export const djangoTable = (model: string) => TABLES[model] ?? model.replace(".", "_");

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A table row as dumpdata writes it. */
export function toDumpRow(
  model: string,
  row: Record<string, unknown>,
  m2m: Record<string, unknown[]> = {},
): DumpRow {
  const pkColumn = PKS[model] ?? "id";
  const fields: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === pkColumn) continue;
    const field = column.endsWith("_id") && !PLAIN_ID_COLUMNS.has(column) ? column.slice(0, -3) : column;
    fields[field] = value instanceof Date ? value.toISOString() : value;
  }
  return { model, pk: row[pkColumn], fields: { ...fields, ...m2m } };
}

export async function spoolPostgres(
  url: string,
  mappings: Mapping[],
  onRow?: () => void,
): Promise<Spool & { ignored: Map<string, number> }> {
  const client = new pg.Client({
    connectionString: url,
    // DATE stays "YYYY-MM-DD" (node-pg would make a local-midnight Date of it), INTERVAL its text
    // ("1 day 02:03:04"; node-pg would make an object of it).
    types: {
      getTypeParser: (oid, format) =>
        oid === 1082 || oid === 1186 ? (v: string) => v : pg.types.getTypeParser(oid, format),
    },
  });
  await client.connect();
  const dir = mkdtempSync(path.join(tmpdir(), "pydotorg-import-pg-"));
  const counts = new Map<string, number>();
  const ignored = new Map<string, number>();
  const fileOf = (model: string) => path.join(dir, `${model}.jsonl`);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const model of mappings.map((m) => m.source ?? m.model)) {
      if (counts.has(model)) continue;
      const table = djangoTable(model);
      const exists = await client.query("SELECT to_regclass($1) AS t", [table]);
      if (!exists.rows[0].t) continue;
      const pk = PKS[model] ?? "id";
      const links: Record<string, [string, string, string]> = {};
      for (const [field, spec] of Object.entries(M2M[model] ?? {}))
        if ((await client.query("SELECT to_regclass($1) AS t", [spec[0]])).rows[0].t) links[field] = spec;
      const out = createWriteStream(fileOf(model));
      await client.query(
        `DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT * FROM ${ident(table)} ORDER BY ${ident(pk)}`,
      );
      let n = 0;
      for (;;) {
        const batch = await client.query<Record<string, unknown>>("FETCH 1000 FROM rows_cursor");
        if (batch.rows.length === 0) break;
        const ids = batch.rows.map((r) => r[pk]);
        const m2m = new Map<unknown, Record<string, unknown[]>>(ids.map((id) => [id, {}]));
        for (const [field, [joinTable, own, other]] of Object.entries(links)) {
          for (const id of ids) m2m.get(id)![field] = [];
          const joined = await client.query(
            `SELECT ${ident(own)} AS own, ${ident(other)} AS other FROM ${ident(joinTable)} WHERE ${ident(own)} = ANY($1) ORDER BY 1, 2`,
            [ids],
          );
          for (const j of joined.rows) m2m.get(j.own)![field]!.push(j.other);
        }
        for (const r of batch.rows) {
          onRow?.();
          if (!out.write(JSON.stringify(toDumpRow(model, r, m2m.get(r[pk]))) + "\n"))
            await once(out, "drain");
          n++;
        }
      }
      await client.query("CLOSE rows_cursor");
      await new Promise((r) => out.end(r));
      counts.set(model, n);
    }
    // What the database holds that nothing here reads (sessions, the admin log, ...): listed as
    // "not imported" with its row count, as the dump reader lists the models it skips.
    const read = new Set([...counts.keys()].map(djangoTable));
    for (const spec of Object.values(M2M)) for (const [joinTable] of Object.values(spec)) read.add(joinTable);
    const tables = await client.query<{ t: string }>(
      "SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
    );
    for (const { t } of tables.rows) {
      if (read.has(t)) continue;
      const n = Number((await client.query(`SELECT count(*) AS n FROM ${ident(t)}`)).rows[0].n);
      if (n > 0) ignored.set(t, n);
    }
    await client.query("COMMIT");
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  } finally {
    await client.end();
  }
  return {
    counts,
    ignored,
    async *rows(model: string) {
      if (!counts.has(model)) return;
      const lines = createInterface({ input: createReadStream(fileOf(model), { encoding: "utf8" }) });
      for await (const line of lines) if (line) yield JSON.parse(line) as DumpRow;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The row builders of the generated dump (scripts/import/generate-dump.ts), in dumpdata's shapes. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";

export const iso = (i: number) => new Date(Date.UTC(2010, 0, 1) + i * 3_600_000).toISOString();
export const day = (i: number) => new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
export const words = (i: number, n: number) =>
  Array.from(
    { length: n },
    (_, k) => ["python", "release", "board", "community", "docs", "package"][(i + k) % 6],
  ).join(" ");

/** apps/cms ContentManageable's four fields, as dumpdata writes them. */
export const cms = (i: number, creator: number | null = null) => ({
  created: iso(i),
  updated: iso(i),
  creator,
  last_modified_by: null,
});
/** A MarkupField's three columns; `rendered` empty means Django never rendered it. */
export const markup = (field: string, source: string, type: string, rendered: string) => ({
  [field]: source,
  [`${field}_markup_type`]: type,
  [`_${field}_rendered`]: rendered,
});

export async function file(out: string, name: string, rows: Iterable<unknown>) {
  const w: WriteStream = createWriteStream(path.join(out, name));
  w.write("[\n");
  let first = true;
  for (const row of rows) {
    if (!w.write(`${first ? "" : ",\n"}${JSON.stringify(row)}`)) await once(w, "drain");
    first = false;
  }
  w.end("\n]\n");
  await once(w, "finish");
}

/** `count` rows of `model`, pks 1..count. */
export function* range(model: string, count: number, fields: (i: number) => Record<string, unknown>) {
  for (let i = 1; i <= count; i++) yield { model, pk: i, fields: fields(i) };
}

/**
 * Reading `manage.py dumpdata` output without holding it in memory: each file is streamed and cut
 * into its top-level objects, and every row is spooled, one JSON line each, into a file per model
 * in a temporary folder. The importer then reads one model at a time in dependency order, so
 * files may come in any order and memory stays bounded by one batch.
 */
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  type WriteStream,
} from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { DumpRow } from "./types";

/** The .json files under `input` (a file or a folder, searched recursively), sorted. */
export function dumpFiles(input: string): string[] {
  const stat = statSync(input);
  if (stat.isFile()) return [input];
  const out: string[] = [];
  for (const entry of readdirSync(input, { withFileTypes: true })) {
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) out.push(...dumpFiles(full));
    else if (entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}

/** Yields the top-level objects of a JSON array file, parsing one object at a time. */
export async function* readJsonArray(file: string): AsyncGenerator<unknown> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pending = "";
  let started = false;
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = chunk as string;
    let objectStart = depth >= 2 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92)
          escaped = true; // backslash
        else if (c === 34) inString = false; // quote
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        // [ or {
        if (depth === 0) {
          if (c !== 91) throw new Error(`${file}: a dumpdata file is a JSON array`);
          started = true;
        } else if (depth === 1) {
          if (c !== 123) throw new Error(`${file}: every dumpdata entry is an object`);
          objectStart = i;
          pending = "";
        }
        depth++;
      } else if (c === 93 || c === 125) {
        depth--;
        if (depth === 1) {
          yield JSON.parse(pending + text.slice(objectStart, i + 1));
          pending = "";
          objectStart = -1;
        }
      }
    }
    if (objectStart >= 0 && depth >= 2) pending += text.slice(objectStart);
  }
  if (!started || depth !== 0) throw new Error(`${file}: not a complete JSON array`);
}

export function isDumpRow(value: unknown): value is DumpRow {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.model === "string" && typeof v.fields === "object" && v.fields !== null;
}

/** Rows of every model, spooled to disk: `counts` per model, `rows(model)` streams them back. */
export type Spool = {
  counts: Map<string, number>;
  rows(model: string): AsyncGenerator<DumpRow>;
  dispose(): void;
};

/**
 * Spools the rows of `files` whose model `keep` accepts; the others are only counted (the
 * report lists models nothing maps).
 */
export async function spoolDump(
  files: string[],
  keep: (model: string) => boolean,
  onRow?: () => void,
): Promise<Spool & { ignored: Map<string, number> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pydotorg-import-"));
  const writers = new Map<string, WriteStream>();
  const counts = new Map<string, number>();
  const ignored = new Map<string, number>();
  const fileOf = (model: string) => path.join(dir, `${model.replace(/[^a-z0-9_.]/gi, "_")}.jsonl`);
  try {
    for (const file of files) {
      for await (const value of readJsonArray(file)) {
        onRow?.();
        if (!isDumpRow(value)) throw new Error(`${file}: an entry without "model" and "fields"`);
        const model = value.model.toLowerCase();
        if (!keep(model)) {
          ignored.set(model, (ignored.get(model) ?? 0) + 1);
          continue;
        }
        let w = writers.get(model);
        if (!w) writers.set(model, (w = createWriteStream(fileOf(model))));
        counts.set(model, (counts.get(model) ?? 0) + 1);
        if (!w.write(JSON.stringify({ ...value, model }) + "\n")) await once(w, "drain");
      }
    }
    await Promise.all([...writers.values()].map((w) => new Promise((r) => w.end(r))));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
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

/** File walking shared by the structure checks (scripts/check/structure.ts). */
import { readdirSync } from "node:fs";
import path from "node:path";

/** A problem the structure check prints: the file, what is wrong, and a one-line fix hint. */
export type Violation = { check: string; file: string; message: string; hint: string };

// Never part of the project's own source: dependencies, build output, local data, reports.
const SKIPPED_DIRS = new Set([".git", "node_modules", ".next", ".data", "test-results", "playwright-report", "coverage"]);

/** Every file under `dir`, as paths relative to `root` with "/" separators, sorted. */
export function walk(root: string, dir = "."): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir === "." ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...walk(root, rel));
    } else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** Tests of any name: unit (`*.test.ts`, `*.db.test.ts`) and Playwright (`*.spec.ts`). */
export const isTest = (file: string) => /\.(test|spec)\.(ts|tsx|mts|mjs|js)$/.test(file);

/** Source files the size and import checks cover; tests and Prisma's generated client are not ours to size. */
export function isCheckedSource(file: string): boolean {
  if (!/\.(ts|tsx|mjs)$/.test(file) || /\.d\.(ts|mts)$/.test(file)) return false;
  if (isTest(file) || file.startsWith("tests/") || file.startsWith("lib/generated/")) return false;
  return file !== "next-env.d.ts";
}

/** Lines as `wc -l` counts them (a final newline does not start another line). */
export function lineCount(text: string): number {
  if (text === "") return 0;
  const n = text.split("\n").length;
  return text.endsWith("\n") ? n - 1 : n;
}

/** Files of the import graph: every module of ours except tests themselves (test helpers count). */
export function isGraphSource(file: string): boolean {
  if (!/\.(ts|tsx|mjs)$/.test(file) || /\.d\.(ts|mts)$/.test(file)) return false;
  return !isTest(file) && !file.startsWith("lib/generated/") && file !== "next-env.d.ts";
}

/**
 * `npx tsx scripts/check/structure.ts` (run by `npm test -- lint` after ESLint): the layout rules
 * of STYLE.md that ESLint cannot see, checked over the file tree.
 * (a) lib/ holds folders only; (b) inside a domain folder, at any depth, only the closed file
 * vocabulary (tests of any name beside them); (c) no source file over 300 lines; (d) no import
 * cycle and no dynamic import() of a project file beyond the allowed late bindings.
 * Each check is a function of a root folder, so tests/unit/lint/structure.test.ts runs them on
 * fixture trees.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isCheckedSource, isTest, lineCount, walk, type Violation } from "./files";
import { checkImportGraph } from "./import-graph";

export type { Violation } from "./files";

/** The closed file vocabulary of a domain folder (STYLE.md, "File vocabulary"). */
export const VOCABULARY = [
  "actions",
  "constants",
  "data",
  "events",
  "feed",
  "loaders",
  "mutations",
  "permissions",
  "redirects",
  "schema",
  "search",
  "services",
  "types",
  "utils",
] as const;

/** lib/ folders that are not domains and keep their own file names (infrastructure, adapters, roots). */
export const NOT_DOMAINS = ["platform", "api", "actions", "admin", "site", "generated"] as const;

export const MAX_LINES = 300;

/** (a) lib/ holds folders only: infrastructure lives in lib/platform, adapters in lib/api and lib/actions. */
export function checkLibRoot(root: string): Violation[] {
  return readdirSync(path.join(root, "lib"), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({
      check: "lib-root",
      file: `lib/${e.name}`,
      message: "loose file at the root of lib/",
      hint: "move it into its domain (lib/<domain>/), lib/platform (infrastructure) or lib/site (composition root)",
    }));
}

/** (b) Inside lib/<domain>/, at any depth: only `<vocabulary>.ts`, plus tests of any name. */
export function checkVocabulary(root: string): Violation[] {
  const allowed = new Set<string>(VOCABULARY.map((name) => `${name}.ts`));
  const domains = readdirSync(path.join(root, "lib"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !(NOT_DOMAINS as readonly string[]).includes(e.name))
    .map((e) => e.name);
  const violations: Violation[] = [];
  for (const domain of domains) {
    for (const file of walk(root, `lib/${domain}`)) {
      const name = path.posix.basename(file);
      if (allowed.has(name) || isTest(name)) continue;
      violations.push({
        check: "vocabulary",
        file,
        message: `"${name}" is outside the domain file vocabulary`,
        hint: `rename to one of ${VOCABULARY.join(", ")} (.ts), or split by sub-concern into a sub-folder with the same names; UI goes to components/${domain}/`,
      });
    }
  }
  return violations;
}

/** (c) No source file over MAX_LINES lines (tests and Prisma's generated client excepted). */
export function checkFileSizes(root: string, max = MAX_LINES): Violation[] {
  const violations: Violation[] = [];
  for (const file of walk(root).filter(isCheckedSource)) {
    const lines = lineCount(readFileSync(path.join(root, file), "utf8"));
    if (lines > max)
      violations.push({
        check: "file-size",
        file,
        message: `${lines} lines (limit ${max})`,
        hint: "split it by sub-concern (inside lib/<domain>/: a sub-folder with the same file names), never into helpers.ts",
      });
  }
  return violations;
}

/** All four checks over one tree. */
export function runStructureChecks(root: string): Violation[] {
  return [...checkLibRoot(root), ...checkVocabulary(root), ...checkFileSizes(root), ...checkImportGraph(root)];
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.file}: [${v.check}] ${v.message}\n    fix: ${v.hint}`).join("\n");
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const root = path.resolve(import.meta.dirname, "../..");
  const violations = runStructureChecks(root);
  if (violations.length) {
    console.error(formatViolations(violations));
    console.error(`\n✗ structure: ${violations.length} violation(s)`);
    process.exit(1);
  }
  console.log("✓ structure: lib/ folders only, domain file vocabulary, files ≤ 300 lines, no import cycles");
}

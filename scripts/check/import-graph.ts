/**
 * The import graph of the project's own files, read with the TypeScript parser: static imports
 * and re-exports that survive compilation (type-only ones are erased, so they cannot form a
 * runtime cycle), plus every dynamic `import()` of a project file.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { isCheckedSource, isGraphSource, walk, type Violation } from "./files";

export type DynamicImport = { file: string; specifier: string; line: number };
export type AllowedDynamicImport = { file: string; specifier: string; why: string };

/**
 * The late bindings that may stay. The runner registry is the one the issue names: inngest/client.ts
 * loads the function list lazily, because inngest/index.ts imports every function and they import
 * the client (a static import would be the cycle this check forbids). The two instrumentation
 * imports are Next's start-up contract, not bindings between modules: instrumentation.ts must keep
 * Node-only code out of the Edge bundle (`NEXT_RUNTIME` guard), and instrumentation-node.ts catches
 * the env module's validation error at start-up to stop the server with a readable message.
 */
export const ALLOWED_DYNAMIC_IMPORTS: AllowedDynamicImport[] = [
  { file: "inngest/client.ts", specifier: "./index", why: "the job runner's function registry" },
  { file: "instrumentation.ts", specifier: "./instrumentation-node", why: "Next's Node/Edge split" },
  { file: "instrumentation-node.ts", specifier: "./lib/platform/env", why: "start-up env validation" },
];

const EXTENSIONS = [".ts", ".tsx", ".mjs", ".d.mts", ".js", "/index.ts", "/index.tsx", "/index.mjs"];

/** Resolves `@/x` and relative specifiers to a project file (relative to root); null for packages. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  base = path.posix.normalize(base);
  const isFile = (rel: string) => existsSync(path.join(root, rel)) && statSync(path.join(root, rel)).isFile();
  if (isFile(base)) return base;
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  return base; // unresolved: still a project path, so a cycle through it is not hidden
}

/** True when an import declaration is erased by TypeScript (verbatimModuleSyntax is off). */
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export type FileImports = { staticImports: string[]; dynamicImports: DynamicImport[] };

/** Reads one file's runtime imports: static specifiers and literal `import()` calls. */
export function readImports(file: string, text: string): FileImports {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".mjs") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const staticImports: string[] = [];
  const dynamicImports: DynamicImport[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (!isTypeOnlyImport(statement)) staticImports.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (!isTypeOnlyExport(statement)) staticImports.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      // Only literal specifiers name a file; a computed one (scripts/db/engine.ts loads a
      // package's binding by path) cannot be resolved here and is not a project late binding.
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        dynamicImports.push({ file, specifier: arg.text, line });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { staticImports, dynamicImports };
}

/** Strongly connected components (Tarjan) of size > 1, or a file importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const strongConnect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) strongConnect(v);
  return found;
}

/** One concrete loop inside a component, for the message: a → b → … → a. */
function loopThrough(graph: Map<string, string[]>, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const seen = new Set<string>();
  const dfs = (v: string, trail: string[]): string[] | null => {
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) return [...trail, w];
      if (seen.has(w)) continue;
      seen.add(w);
      const loop = dfs(w, [...trail, w]);
      if (loop) return loop;
    }
    return null;
  };
  return dfs(start, [start]) ?? component;
}

/**
 * (d) No import cycles over static imports, and no dynamic import() of a project file beyond
 * the allowed late bindings. Test files are left out (nothing imports a test, and they re-import
 * modules on purpose: `vi.resetModules()` then `await import()`); test helpers (tests/factories,
 * tests/e2e/support) are in the graph, but may load lazily, as they are not the application.
 */
export function checkImportGraph(root: string, allowed: AllowedDynamicImport[] = ALLOWED_DYNAMIC_IMPORTS): Violation[] {
  const graph = new Map<string, string[]>();
  const violations: Violation[] = [];
  for (const file of walk(root).filter(isGraphSource)) {
    const { staticImports, dynamicImports } = readImports(file, readFileSync(path.join(root, file), "utf8"));
    const targets = staticImports.map((s) => resolveSpecifier(root, file, s)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
    if (!isCheckedSource(file)) continue;
    for (const d of dynamicImports) {
      if (resolveSpecifier(root, file, d.specifier) === null) continue; // a package, loaded lazily
      if (allowed.some((a) => a.file === file && a.specifier === d.specifier)) continue;
      violations.push({
        check: "dynamic-import",
        file: `${file}:${d.line}`,
        message: `dynamic import("${d.specifier}") of a project file`,
        hint: "import it statically; if that makes a cycle, move the shared piece down a layer (the runner registry in inngest/client.ts stays the only late binding)",
      });
    }
  }
  for (const component of cycles(graph)) {
    const loop = loopThrough(graph, component);
    violations.push({
      check: "import-cycle",
      file: component[0]!,
      message: `import cycle: ${loop.join(" → ")}`,
      hint: "move what both sides need into a lower layer (platform, the domain's types/utils), or pass it as an argument",
    });
  }
  return violations;
}

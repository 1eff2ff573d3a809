import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// AC-CSRF-2: no GET handler changes state. Reads every app/**/route.ts, finds its GET handler and
// fails if that handler calls anything the file imports from a mutations module, the job queue or
// the database client, or writes through `db.`/`tx.` directly.
const ROOT = path.resolve(import.meta.dirname, "../../app");
// next-auth's OAuth callback is a GET by protocol (the provider redirects the browser back);
// it is bound to the sign-in that started it by next-auth's state, PKCE and CSRF cookies.
const ALLOWED = new Set(["api/auth/[...nextauth]/route.ts"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** Names a file imports from modules that write: mutations, the job queue, the database. */
function writerImports(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    if (m[0].startsWith("import type")) continue;
    if (!/mutations|\/jobs(\/runner)?$|inngest|\/lib\/(platform\/)?db$/.test(m[2]!)) continue;
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .replace(/^type\s+/, "");
      if (name && !part.trim().startsWith("type ")) names.push(name);
    }
  }
  return names;
}

/** The GET handler's source: `const GET_ = ...` or `export async function GET(...) {...}`. */
function getHandler(source: string): string | null {
  const start = source.search(/^(?:const GET_ =|export (?:async )?function GET\b|export const GET\b)/m);
  if (start < 0) return null;
  const rest = source.slice(start);
  // Up to the next top-level statement.
  const end = rest.slice(1).search(/^(?:const |export |function |async function |\/\/ )/m);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

describe("GET route handlers change no state (AC-CSRF-2)", () => {
  const files = routeFiles(ROOT);

  it("finds the route handlers and their GET handlers", () => {
    expect(files.length).toBeGreaterThan(20);
    const withGet = files.filter((f) => getHandler(readFileSync(f, "utf8")) !== null);
    expect(withGet.length).toBeGreaterThan(25);
  });

  it("would catch a GET that writes (the check itself)", () => {
    const bad = [
      'import { publishRelease } from "@/lib/downloads/release/mutations";',
      'import { db } from "@/lib/platform/db";',
      "",
      "// GET /x/",
      "const GET_ = withApi(op, async () => {",
      "  await publishRelease(1);",
      "  await db.release.update({ where: { id: 1 }, data: {} });",
      "});",
      "",
      "// POST /x/",
      "const POST_ = withApi(op, async () => ok());",
    ].join("\n");
    const handler = getHandler(bad)!;
    expect(handler).not.toContain("POST_");
    expect(writerImports(bad).filter((n) => new RegExp(`\\b${n}\\b`).test(handler))).toEqual([
      "publishRelease",
      "db",
    ]);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s", (rel, file) => {
    const source = readFileSync(file, "utf8");
    const handler = getHandler(source);
    if (!handler || ALLOWED.has(rel)) return;
    const writers = writerImports(source).filter((name) => new RegExp(`\\b${name}\\b`).test(handler));
    const directWrites = handler.match(
      /\b(?:db|tx)\.\w+\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\b|inngest\.send|\bemit\(/g,
    );
    expect({ rel, writers, directWrites }).toEqual({ rel, writers: [], directWrites: null });
  });
});

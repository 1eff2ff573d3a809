/**
 * Counts the SQL statements the code under test sends to PostgreSQL, for query-budget db tests
 * (issue #22: ≤ 6 statements per uncached page render, ≤ 3 per API call). Any domain can use it:
 *
 *   const { result, statements } = await countStatements(() => loadEventsHome(1));
 *   expect(statements, statements.join("\n")).toHaveLength(...);
 *
 * It wraps pg's Client.prototype.query, which every statement of the Prisma client (through
 * @prisma/adapter-pg, raw queries and transactions' BEGIN/COMMIT included) goes through, so it
 * counts real round trips rather than Prisma calls. Measurements nest; run them one at a time
 * (the db project runs files serially) since anything else querying meanwhile is counted too.
 */
import pg from "pg";

type Query = (...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
const active = new Set<string[]>();

function sqlOf(arg: unknown): string {
  if (typeof arg === "string") return arg;
  if (arg && typeof arg === "object" && "text" in arg) return String((arg as { text: unknown }).text);
  return String(arg);
}

function install() {
  if (proto.query !== original) return;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const sql = sqlOf(args[0]).replace(/\s+/g, " ").trim();
    for (const list of active) list.push(sql);
    return original.apply(this, args);
  };
}

/** Runs `fn` and returns its result with the SQL text of every statement sent while it ran. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  install();
  const statements: string[] = [];
  active.add(statements);
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    active.delete(statements);
  }
}

/** A readable failure message: the statements, numbered, each cut to `width` characters. */
export function listStatements(statements: string[], width = 160): string {
  return statements.map((s, i) => `${i + 1}. ${s.length > width ? `${s.slice(0, width)}…` : s}`).join("\n");
}

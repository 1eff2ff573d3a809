// The statement counter of tests/support/sql-statements.ts counts round trips, not Prisma calls.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countStatements } from "@/tests/support/sql-statements";

describe("countStatements", () => {
  it("counts each statement sent while the function runs, raw queries and a transaction's BEGIN and COMMIT included", async () => {
    const one = await countStatements(() => db.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`);
    expect(one.result).toEqual([{ n: 1 }]);
    expect(one.statements).toEqual(["SELECT 1::int AS n"]);

    const tx = await countStatements(() => db.$transaction([db.$queryRaw`SELECT 2`, db.$queryRaw`SELECT 3`]));
    expect(tx.statements.map((s) => s.split(" ")[0]!.toUpperCase())).toEqual(["BEGIN", "SELECT", "SELECT", "COMMIT"]);
  });

  it("nests, and counts nothing after the function returned", async () => {
    const outer = await countStatements(async () => {
      const inner = await countStatements(() => db.$queryRaw`SELECT 4`);
      await db.$queryRaw`SELECT 5`;
      return inner.statements.length;
    });
    expect(outer.result).toBe(1);
    expect(outer.statements).toHaveLength(2);
    await db.$queryRaw`SELECT 6`;
    expect(outer.statements).toHaveLength(2);
  });
});

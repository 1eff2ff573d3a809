import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ALLOWED_DYNAMIC_IMPORTS, checkImportGraph } from "@/scripts/check/import-graph";
import { checkFileSizes, checkLibRoot, checkVocabulary, runStructureChecks } from "@/scripts/check/structure";

// Proves each structure check can fail: every case builds a small tree in a temp folder, breaks
// one rule and expects exactly that violation; the clean tree passes all four checks.
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A clean project: two domains with sub-folders, platform, the runner registry's late binding. */
function tree(extra: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "structure-"));
  roots.push(root);
  const files: Record<string, string> = {
    "lib/platform/db.ts": "export const db = {};\n",
    "lib/platform/markup/index.ts": 'import { db } from "../db";\nexport const render = () => db;\n',
    "lib/downloads/release/data.ts": 'import { db } from "@/lib/platform/db";\nexport const listReleases = () => db;\n',
    "lib/downloads/release/schema.ts": "export const releaseSchema = {};\n",
    "lib/downloads/release/utils.test.ts": 'import { listReleases } from "./data";\nlistReleases();\n',
    "lib/downloads/release/anything.db.test.ts": "export {};\n",
    "lib/downloads/api/schema.ts": 'import { releaseSchema } from "@/lib/downloads/release/schema";\nexport const s = releaseSchema;\n',
    "lib/users/types.ts": 'import type { Row } from "@/lib/downloads/release/types-free";\nexport type User = Row;\n',
    "lib/site/openapi.ts": 'import "@/lib/downloads/api/schema";\n',
    "inngest/client.ts": 'export const load = async () => (await import("./index")).jobs;\n',
    "inngest/index.ts": 'import { load } from "./client";\nexport const jobs = [load];\n',
    // Tests may re-import modules on purpose; a type-only import never makes a runtime cycle.
    "tests/unit/x.test.ts": 'await import("@/lib/platform/db");\n',
    "lib/platform/cache.ts": 'import type { Cache } from "./log";\nexport type C = Cache;\n',
    "lib/platform/log.ts": 'import { type C } from "./cache";\nexport type Cache = C;\n',
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("scripts/check/structure.ts", () => {
  it("a clean tree passes every check", () => {
    expect(runStructureChecks(tree())).toEqual([]);
  });

  it("reports a loose file at the root of lib/", () => {
    const found = checkLibRoot(tree({ "lib/cdn.ts": "export {};\n" }));
    expect(found).toEqual([expect.objectContaining({ check: "lib-root", file: "lib/cdn.ts" })]);
    expect(found[0]!.hint).toMatch(/lib\/platform/);
  });

  it("reports a file outside the vocabulary, at any depth; the infrastructure folders keep their names", () => {
    const found = checkVocabulary(
      tree({
        "lib/downloads/release/helpers.ts": "export {};\n",
        "lib/downloads/release/widget.tsx": "export {};\n",
        "lib/platform/fetch-guard.ts": "export {};\n",
        "lib/site/cdn-sections.mjs": "export {};\n",
      }),
    );
    expect(found.map((v) => v.file)).toEqual(["lib/downloads/release/helpers.ts", "lib/downloads/release/widget.tsx"]);
    expect(found[0]).toMatchObject({ check: "vocabulary", message: expect.stringMatching(/helpers\.ts.*vocabulary/) });
  });

  it("reports a 301-line source file, not a 300-line one nor a long test", () => {
    const lines = (n: number) => "export const x = 1;\n".repeat(n);
    const found = checkFileSizes(
      tree({
        "lib/downloads/release/mutations.ts": lines(301),
        "components/ui/table.tsx": lines(300),
        "lib/downloads/release/mutations.test.ts": lines(900),
        "tests/factories/big.ts": lines(900),
      }),
    );
    expect(found).toEqual([
      expect.objectContaining({ check: "file-size", file: "lib/downloads/release/mutations.ts", message: "301 lines (limit 300)" }),
    ]);
  });

  it("reports an import cycle with its loop, over @/ and relative specifiers and index files", () => {
    const found = checkImportGraph(
      tree({
        "lib/platform/jobs/runner.ts": 'import { jobs } from "@/inngest";\nexport const run = () => jobs;\n',
        "inngest/functions/platform.ts": 'export { run } from "../../lib/platform/jobs/runner";\n',
        "inngest/index.ts": 'import { load } from "./client";\nimport "./functions/platform";\nexport const jobs = [load];\n',
        // Test helpers are part of the graph: the seed's factories must not loop back either.
        "tests/factories/index.ts": 'import { seedReleases } from "./downloads";\nexport const seedAll = seedReleases;\n',
        "tests/factories/downloads.ts": 'import { seedAll } from "@/tests/factories";\nexport const seedReleases = () => seedAll;\n',
      }),
    );
    expect(found).toEqual([
      expect.objectContaining({
        check: "import-cycle",
        message: "import cycle: inngest/functions/platform.ts → lib/platform/jobs/runner.ts → inngest/index.ts → inngest/functions/platform.ts",
      }),
      expect.objectContaining({
        check: "import-cycle",
        message: "import cycle: tests/factories/downloads.ts → tests/factories/index.ts → tests/factories/downloads.ts",
      }),
    ]);
  });

  it("reports a stray dynamic import of a project file, not the runner registry's nor a package's", () => {
    const found = checkImportGraph(
      tree({
        "prisma/seed.ts": 'const { db } = await import("../lib/platform/db");\nawait import("node:fs");\nexport { db };\n',
        "lib/downloads/release/loaders.ts": "export const later = () => import(`@/lib/downloads/release/data`);\n",
      }),
    );
    expect(found.map((v) => [v.check, v.file])).toEqual([
      ["dynamic-import", "lib/downloads/release/loaders.ts:1"],
      ["dynamic-import", "prisma/seed.ts:1"],
    ]);
    expect(found[1]!.message).toBe('dynamic import("../lib/platform/db") of a project file');
  });

  it("the real repository's allowed late bindings are exactly the runner registry and Next's instrumentation", () => {
    expect(ALLOWED_DYNAMIC_IMPORTS.map((a) => `${a.file} → ${a.specifier}`)).toEqual([
      "inngest/client.ts → ./index",
      "instrumentation.ts → ./instrumentation-node",
      "instrumentation-node.ts → ./lib/platform/env",
    ]);
  });
});

import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// Proves that every boundary in eslint.config.mjs can fail: each case lints a violating snippet
// under a path the rule covers (the file need not exist; ESLint matches the config by path) and
// expects the rule's own STYLE.md message, so a glob that stops matching turns this red.
const repoRoot = path.resolve(import.meta.dirname, "../../..");
let eslint: ESLint;

// Loading the config and its plugins takes seconds on a busy machine; pay it once, up front.
beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot });
  await eslint.lintText("export {};\n", { filePath: path.join(repoRoot, "lib/platform/warm-up.ts") });
}, 120_000);

type Problem = { ruleId: string | null; message: string };

async function lint(filePath: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return result!.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

/** Problems from the boundary rules only (unused variables and the like are not the point). */
async function boundaries(filePath: string, code: string): Promise<Problem[]> {
  const all = await lint(filePath, code);
  return all.filter((p) =>
    ["no-restricted-imports", "@typescript-eslint/no-restricted-imports", "no-restricted-properties", "no-restricted-syntax"].includes(p.ruleId ?? ""),
  );
}

const use = (names: string) => `\nexport const used = [${names}];\n`;

describe("eslint.config.mjs: each boundary reports its STYLE.md message", { timeout: 30_000 }, () => {
  it("a page importing a nested data file", async () => {
    const found = await boundaries(
      "app/(site)/x/page.tsx",
      `import { listReleases } from "@/lib/downloads/release/data";${use("listReleases")}`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: pages and layouts read through lib\/<domain>\/\*\*\/loaders/) }),
    ]);
  });

  it("a layout importing the database client or Prisma", async () => {
    const found = await boundaries(
      "app/(site)/x/layout.tsx",
      `import { db } from "@/lib/platform/db";\nimport { Prisma } from "@/lib/generated/prisma/client";${use("db, Prisma")}`,
    );
    expect(found).toHaveLength(2);
    for (const p of found) expect(p.message).toMatch(/pages and layouts read through/);
  });

  it("a component importing a nested admin data file", async () => {
    const found = await boundaries(
      "components/x/y.tsx",
      `import { listOsRows } from "@/lib/downloads/admin/data";${use("listOsRows")}`,
    );
    expect(found.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/STYLE\.md layering: components never read admin data/),
    );
  });

  it("a component importing a nested mutations file", async () => {
    const found = await boundaries(
      "components/downloads/release-table.tsx",
      `import { publishRelease } from "@/lib/downloads/release/mutations";${use("publishRelease")}`,
    );
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/components get their data as props/) })]);
  });

  it("a nested data.ts importing next/headers", async () => {
    const found = await boundaries(
      "lib/downloads/release/data.ts",
      `import { headers } from "next/headers";${use("headers")}`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: data\.ts and mutations\.ts take explicit arguments/) }),
    ]);
  });

  it("a nested mutations.ts importing the session", async () => {
    const found = await boundaries(
      "lib/downloads/release/mutations.ts",
      `import { getSessionPrincipal } from "@/lib/users/session/services";${use("getSessionPrincipal")}`,
    );
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/data\.ts and mutations\.ts take explicit arguments/) })]);
  });

  it("a nested schema.ts importing Prisma", async () => {
    const found = await boundaries(
      "lib/downloads/release/schema.ts",
      `import { Prisma } from "@/lib/generated/prisma/client";${use("Prisma")}`,
    );
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/schema\.ts holds zod schemas only/) })]);
  });

  it("a route handler importing loaders or the database client", async () => {
    const found = await boundaries(
      "app/api/v2/x/route.ts",
      `import { loadRelease } from "@/lib/downloads/release/loaders";\nimport { db } from "@/lib/platform/db";${use("loadRelease, db")}`,
    );
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(/route handlers and background functions use data\/mutations/),
      expect.stringMatching(/route handlers call lib\/<domain>\/\*\*\/data or mutations/),
    ]);
  });

  it("a background function importing next/headers or loaders", async () => {
    const found = await boundaries(
      "inngest/functions/downloads.ts",
      `import { headers } from "next/headers";\nimport { loadRelease } from "@/lib/downloads/release/loaders";${use("headers, loadRelease")}`,
    );
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(/background functions have no request/),
      expect.stringMatching(/loaders are for pages/),
    ]);
  });

  it("infrastructure importing a domain", async () => {
    const found = await boundaries(
      "lib/platform/x.ts",
      `import { listReleases } from "@/lib/downloads/release/data";${use("listReleases")}`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: lib\/platform is infrastructure and imports nothing above it/) }),
    ]);
  });

  it("infrastructure importing inngest, the HTTP adapter or a component", async () => {
    const found = await boundaries(
      "lib/platform/search/x.ts",
      `import { emit } from "@/inngest/client";\nimport { withApi } from "@/lib/api";\nimport { Button } from "@/components/ui/button";${use("emit, withApi, Button")}`,
    );
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(/lib\/platform never imports inngest/),
      expect.stringMatching(/lib\/platform is infrastructure/),
      expect.stringMatching(/lib\/ is below app\/ and components\//),
    ]);
  });

  it("process.env outside lib/platform/env.ts", async () => {
    const found = await boundaries(
      "lib/downloads/release/utils.ts",
      `export const base = process.env.DOWNLOAD_BASE_URL;\n`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: process\.env is read only in lib\/platform\/env\.ts/) }),
    ]);
  });

  it("a domain importing another domain (the domain list is read from lib/)", async () => {
    const found = await boundaries(
      "lib/banners/utils.ts",
      `import { listReleases } from "@/lib/downloads/release/data";${use("listReleases")}`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: lib\/banners\/\*\* imports lib\/platform, lib\/users, @\/inngest\/client and itself/) }),
    ]);
  });

  it("a domain importing the HTTP adapter, the admin kit or an Inngest function outside its adapters", async () => {
    const found = await boundaries(
      "lib/downloads/release/loaders.ts",
      `import { withApi } from "@/lib/api";\nimport { AdminList } from "@/lib/admin/data";\nimport { jobs } from "@/inngest/index";${use("withApi, AdminList, jobs")}`,
    );
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(/lib\/downloads\/\*\* imports/),
      expect.stringMatching(/lib\/downloads\/\*\* imports/),
      expect.stringMatching(/emits events through @\/inngest\/client only/),
    ]);
  });

  it("an actions.ts importing the database client", async () => {
    const found = await boundaries(
      "lib/downloads/release/actions.ts",
      `"use server";\nimport { db } from "@/lib/platform/db";\nexport async function saveAction() { return db; }\n`,
    );
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/STYLE\.md layering: actions\.ts authorizes, validates and calls mutations/) }),
    ]);
  });

  it('an actions.ts that does not start with "use server"', async () => {
    const found = await boundaries(
      "lib/downloads/release/actions.ts",
      `import { publishRelease } from "@/lib/downloads/release/mutations";\nexport async function publishAction() { return publishRelease; }\n`,
    );
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/actions\.ts starts with "use server"/) })]);
  });

  it("the adapter layers import no domain", async () => {
    for (const file of ["lib/api/x.ts", "lib/actions/x.ts"]) {
      const found = await boundaries(file, `import { listReleases } from "@/lib/downloads/release/data";${use("listReleases")}`);
      expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/is an adapter: it imports only lib\/platform, lib\/users/) })]);
    }
    const kit = await boundaries("lib/admin/list/x.ts", `import { listReleases } from "@/lib/downloads/release/data";${use("listReleases")}`);
    expect(kit).toEqual([expect.objectContaining({ message: expect.stringMatching(/lib\/admin is the admin kit/) })]);
  });

  it('a "../" import, which would hide the layer it reaches (not for .mjs modules, which Node loads without the alias)', async () => {
    const found = await boundaries(
      "lib/banners/admin/utils.ts",
      `import { listReleases } from "../../downloads/release/data";\nimport { SITE_SURROGATE_KEY } from "../../platform/cdn/site-key.mjs";${use("listReleases, SITE_SURROGATE_KEY")}`,
    );
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/imports use the @\/ alias/) })]);
    const root = await boundaries("components/x/y.tsx", `import { Table } from "../ui/table";${use("Table")}`);
    expect(root).toEqual([expect.objectContaining({ message: expect.stringMatching(/imports use the @\/ alias/) })]);
  });

  it("import order: packages before @/ modules before relative ones", async () => {
    const found = await lint(
      "lib/downloads/release/utils.ts",
      `import { x } from "./constants";\nimport { z } from "zod";\nimport { env } from "@/lib/platform/env";${use("x, z, env")}`,
    );
    expect(found.filter((p) => p.ruleId === "pydotorg/import-order").map((p) => p.message)).toEqual([
      "`./constants` import should occur after import of `@/lib/platform/env`",
    ]);
    const packagesFirst = await lint(
      "lib/downloads/release/utils.ts",
      `import { env } from "@/lib/platform/env";
import { z } from "zod";${use("z, env")}`,
    );
    expect(packagesFirst.map((p) => p.message)).toEqual(["`zod` import should occur before import of `@/lib/platform/env`"]);
  });

  it("import order: an `import type` may sit anywhere", async () => {
    const found = await lint(
      "lib/downloads/release/utils.ts",
      `import type { Row } from "./types";
import { z } from "zod";
import type { Env } from "@/lib/platform/env";
import { env } from "@/lib/platform/env";
export type Both = [Row, Env];${use("z, env")}`,
    );
    expect(found).toEqual([]);
  });
});

describe("eslint.config.mjs: what the layers allow", { timeout: 30_000 }, () => {
  it("a clean nested data file passes every rule", async () => {
    const found = await lint(
      "lib/downloads/release/data.ts",
      [
        'import "server-only";',
        'import { db } from "@/lib/platform/db";',
        'import type { ReleaseRow } from "./types";',
        "",
        "export async function listReleases(): Promise<ReleaseRow[]> {",
        "  return db.release.findMany({ select: { id: true, name: true } });",
        "}",
        "",
      ].join("\n"),
    );
    expect(found).toEqual([]);
  });

  it("a domain's api/ may use lib/api, its admin/ and actions.ts lib/actions and lib/admin, all of it @/inngest/client", async () => {
    expect(
      await boundaries("lib/downloads/release/api/schema.ts", `import { defineOperation } from "@/lib/api/spec";${use("defineOperation")}`),
    ).toEqual([]);
    expect(
      await boundaries(
        "lib/downloads/admin/loaders.ts",
        `import { defineAction } from "@/lib/actions";\nimport { authorize } from "@/lib/admin/authorize";${use("defineAction, authorize")}`,
      ),
    ).toEqual([]);
    expect(
      await boundaries(
        "lib/downloads/release/actions.ts",
        `"use server";\nimport { defineAction } from "@/lib/actions";\nimport { publishRelease } from "@/lib/downloads/release/mutations";\nimport { getSessionPrincipal } from "@/lib/users/session/services";\nexport const publishAction = defineAction; export const x = [publishRelease, getSessionPrincipal];\n`,
      ),
    ).toEqual([]);
    expect(
      await boundaries("lib/downloads/release/mutations.ts", `import { emit } from "@/inngest/client";\nimport { db } from "@/lib/platform/db";${use("emit, db")}`),
    ).toEqual([]);
  });

  it("a page may import loaders and components; a test may read process.env and import across layers", async () => {
    expect(
      await boundaries(
        "app/(site)/downloads/page.tsx",
        `import { loadReleases } from "@/lib/downloads/release/loaders";\nimport { ReleaseTable } from "@/components/downloads/release-table";${use("loadReleases, ReleaseTable")}`,
      ),
    ).toEqual([]);
    expect(await boundaries("lib/platform/env.ts", "export const raw = process.env.SITE_URL;\n")).toEqual([]);
    expect(await boundaries("lib/downloads/release/utils.test.ts", 'process.env.TZ = "Asia/Kolkata";\n')).toEqual([]);
    // A test beside the code wires what it needs, like tests/**.
    expect(
      await boundaries(
        "lib/banners/mutations.db.test.ts",
        `import { db } from "@/lib/platform/db";\nimport { listReleases } from "@/lib/downloads/release/data";\nimport { headers } from "next/headers";${use("db, listReleases, headers")}`,
      ),
    ).toEqual([]);
  });
});

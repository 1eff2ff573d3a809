/**
 * `prisma generate`, wired into dev/build/test so a fresh clone needs no manual step (install
 * scripts do not run here). Skips when the schema has not changed since the last generation.
 * Generation never runs the native schema engine, but the CLI insists that its path exists,
 * so it is pointed at this file.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readSchemaFiles, rootDir } from "./engine";

const outDir = path.join(rootDir, "lib/generated/prisma");
const stamp = path.join(outDir, ".schema-hash");
const hash = createHash("sha256");
for (const [p, text] of await readSchemaFiles()) hash.update(p).update(text);
hash.update(readFileSync(path.join(rootDir, "package-lock.json")));
const digest = hash.digest("hex");

if (!process.argv.includes("--force") && existsSync(stamp) && readFileSync(stamp, "utf8") === digest) {
  process.exit(0);
}
execFileSync(process.execPath, [path.join(rootDir, "node_modules/prisma/build/index.js"), "generate"], {
  cwd: rootDir,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
writeFileSync(stamp, digest);

import path from "node:path";
import { defineConfig } from "vitest/config";

// STYLE.md rule 9: the suite runs in a zone with an offset and daylight saving time, so code that
// assumes the server is on UTC fails here instead of in production. Workers inherit it.
process.env.TZ = "America/New_York";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,inngest,scripts,prisma,tests/unit}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["{lib,inngest,scripts,prisma,tests/integration}/**/*.db.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/db-global.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

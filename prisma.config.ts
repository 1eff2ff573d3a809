import "dotenv/config";
import { defineConfig } from "prisma/config";

// The Prisma CLI is used here for `generate` only; migrations run through scripts/db
// (the WASM schema engine), which reads the same schema folder and migrations folder.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/pydotorg" },
});

/**
 * Embedded PostgreSQL for the "two commands" path (DESIGN.md, runtime modes): PGlite keeps its
 * files under `.data/pglite` and pglite-socket serves them on a local port, so Prisma uses the
 * same @prisma/adapter-pg code path as with a real server. Only one process may own the
 * directory, so the launcher (scripts/run.ts) starts it and hands DATABASE_URL to Next.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(opts: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const dir = path.resolve(opts.dataDir, "pglite");
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port: opts.port, host: "127.0.0.1", maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${opts.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

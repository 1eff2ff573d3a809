/**
 * The one Prisma client of the process (a globalThis singleton so dev reloads do not multiply
 * pools). Both runtime modes use @prisma/adapter-pg: DATABASE_URL, or the embedded PGlite
 * server that scripts/run.ts starts on EMBEDDED_DB_PORT.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export function databaseUrl(): string {
  return (
    env.DATABASE_URL ?? `postgresql://postgres@127.0.0.1:${env.EMBEDDED_DB_PORT}/postgres?sslmode=disable`
  );
}

function createClient() {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: env.DATABASE_POOL_MAX });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export { Prisma } from "@/lib/generated/prisma/client";
export type { PrismaClient } from "@/lib/generated/prisma/client";

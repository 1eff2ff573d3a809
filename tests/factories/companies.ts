/** A demo company (apps/companies). */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedCompanies(db: PrismaClient) {
  await db.company.upsert({
    where: { slug: "northwind-energy" },
    update: {},
    create: { name: "Northwind Energy", slug: "northwind-energy", url: "https://example.org/northwind" },
  });
}

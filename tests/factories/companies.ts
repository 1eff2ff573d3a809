/** A demo company (apps/companies), in our own words; no logo, so the seed needs no storage. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const about = "Northwind Energy runs its wind-farm forecasting on Python.";

export async function seedCompanies(db: PrismaClient) {
  await db.company.upsert({
    where: { slug: "northwind-energy" },
    update: {},
    create: {
      name: "Northwind Energy",
      slug: "northwind-energy",
      url: "https://example.org/northwind",
      contact: "Rowan Vega",
      email: "python.team@northwind.example",
      about,
      aboutMarkupType: "plain",
      aboutRendered: renderMarkup(about, "plain"),
    },
  });
}

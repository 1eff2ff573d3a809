/** A demo PSF work group with an organizer (apps/workgroups). */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedWorkGroups(db: PrismaClient, ids: Record<string, number>) {
  await db.workGroup.upsert({
    where: { slug: "education-outreach" },
    update: {},
    create: {
      name: "Education Outreach",
      slug: "education-outreach",
      approved: true,
      shortDescription: "Helps teachers use Python in class.",
      url: "https://example.org/edu-wg",
      creatorId: ids.staff ?? null,
      ...(ids.alice
        ? { organizers: { create: [{ userId: ids.alice }] }, members: { create: [{ userId: ids.alice }] } }
        : {}),
    },
  });
}

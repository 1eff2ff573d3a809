/** A demo PSF work group with an organizer and members (apps/work_groups), in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

// Plain text, so the seed needs no docutils; the admin offers every markup type.
const texts = {
  purpose: "Help teachers bring Python into their classrooms, from primary school to university.",
  activeTime: "Two years from approval, renewable once by a vote of the board.",
  coreValues: "Openness, patience with newcomers, and the PSF Code of Conduct.",
  rules: "Decisions pass by a simple majority of members; organizers break ties.",
  communication: "A public mailing list, and a video call on the first Monday of each month.",
  support: "A small grant for printed teaching material.",
};

export async function seedWorkGroups(db: PrismaClient, ids: Record<string, number>) {
  const exists = await db.workGroup.findUnique({
    where: { slug: "education-outreach" },
    select: { id: true },
  });
  if (exists) return;
  const markup = Object.fromEntries(
    Object.entries(texts).flatMap(([field, text]) => [
      [field, text],
      [`${field}MarkupType`, "plain"],
      [`${field}Rendered`, renderMarkup(text, "plain")],
    ]),
  );
  const people = (names: string[]) => names.flatMap((n) => (ids[n] ? [{ userId: ids[n] }] : []));
  await db.workGroup.create({
    data: {
      name: "Education Outreach",
      slug: "education-outreach",
      approved: true,
      shortDescription: "Helps teachers use Python in class.",
      url: "https://example.org/edu-wg",
      creatorId: ids.staff ?? null,
      ...markup,
      organizers: { create: people(["alice"]) },
      members: { create: people(["alice", "bob"]) },
    },
  });
}

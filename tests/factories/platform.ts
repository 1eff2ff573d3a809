/** Demo feature flags and the legacy /download/ redirect. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedPlatform(db: PrismaClient) {
  for (const f of [
    {
      name: "psf_membership",
      everyone: null,
      superusers: true,
      testing: true,
      note: "Shows the /membership/ landing page.",
    },
    {
      name: "sponsorship-applications-open",
      everyone: true,
      superusers: true,
      testing: false,
      note: "Shows the sponsorship application form.",
    },
  ])
    await db.featureFlag.upsert({ where: { name: f.name }, update: {}, create: f });

  await db.redirect.upsert({
    where: { oldPath: "/download/" },
    update: {},
    create: { oldPath: "/download/", newPath: "/downloads/" },
  });
}

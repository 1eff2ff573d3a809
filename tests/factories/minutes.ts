/** Demo PSF board minutes (apps/minutes): two published, one draft. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const html = (s: string) => ({ source: s, rendered: renderMarkup(s, "html") });

export async function seedMinutes(db: PrismaClient, staff: number | null, now = new Date()) {
  for (const [i, month] of [1, 2, 3].entries()) {
    const date = new Date(Date.UTC(now.getUTCFullYear() - 1, month, 10));
    const body = html(
      `<p>The board met, approved the previous minutes and reviewed ${2 + i} grant requests.</p>`,
    );
    await db.minutes.upsert({
      where: { date },
      update: {},
      create: {
        date,
        isPublished: i < 2,
        content: body.source,
        contentMarkupType: "html",
        contentRendered: body.rendered,
        creatorId: staff,
      },
    });
  }
}

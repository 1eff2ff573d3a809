/** Demo community posts (apps/community) and a Python user group. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const html = (s: string) => ({ source: s, rendered: renderMarkup(s, "html") });

export async function seedCommunity(db: PrismaClient, staff: number | null) {
  if ((await db.communityPost.count()) === 0) {
    const post = html("<p>Our user group just celebrated its tenth birthday with a day of talks.</p>");
    await db.communityPost.create({
      data: {
        title: "Ten years of the Utrecht user group",
        content: post.source,
        contentMarkupType: "html",
        contentRendered: post.rendered,
        mediaType: 4,
        status: 2,
        sourceUrl: "https://example.org/utrecht-ten-years",
        creatorId: staff,
        links: { create: [{ url: "https://example.org/utrecht-ten-years", creatorId: staff }] },
      },
    });
    await db.communityPost.create({
      data: {
        title: "Draft photo post",
        mediaType: 2,
        status: 1,
        creatorId: staff,
        photos: { create: [{ caption: "Sprint room", imageUrl: "https://example.org/sprint.jpg" }] },
      },
    });
  }
  if ((await db.pythonUserGroup.count()) === 0) {
    await db.pythonUserGroup.create({
      data: {
        name: "Utrecht Python",
        location: "Utrecht, Netherlands",
        url: "https://example.org/utrecht-python",
        urlType: "meetup",
        approved: true,
      },
    });
  }
}

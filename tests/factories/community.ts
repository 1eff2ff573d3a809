/** Demo community posts (apps/community), one of each media type and a private draft, and a Python user group. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";
import { storage } from "@/lib/platform/storage";
import { demoLogoPng } from "./sponsors";

type SeedPost = {
  title: string;
  abstract?: string;
  content: string;
  mediaType: 1 | 2 | 3 | 4;
  status: 1 | 2;
  sourceUrl?: string;
  days: number;
  link?: string;
  /** `stored`: a picture of our own in the media storage (an outside URL would not load offline). */
  photo?: { imageUrl: string; caption: string; clickThroughUrl: string; stored?: string };
  video?: { videoEmbed: string; caption: string; clickThroughUrl: string };
};

export const COMMUNITY_POSTS: SeedPost[] = [
  {
    title: "Ten years of the Utrecht user group",
    abstract: "A day of talks, a cake shaped like a snake and a lot of old slides.",
    content: "<p>Our user group just celebrated its tenth birthday with a day of talks.</p>",
    mediaType: 4,
    status: 2,
    sourceUrl: "https://example.org/utrecht-ten-years",
    link: "https://example.org/utrecht-ten-years",
    days: 40,
  },
  {
    title: "What we learned mentoring first-time contributors",
    abstract: "Notes from six months of pairing newcomers with maintainers.",
    content:
      "<p>We paired twelve newcomers with maintainers of small libraries. The ones who stayed had one thing in common: their first change was merged within a week.</p><p>Quick reviews matter more than perfect issues.</p>",
    mediaType: 1,
    status: 2,
    days: 25,
  },
  {
    title: "The sprint room on the last day",
    abstract: "Forty people, six projects, one very tired coffee machine.",
    content: "<p>Thanks to everyone who stayed for the sprints.</p>",
    mediaType: 2,
    status: 2,
    days: 18,
    photo: {
      imageUrl: "",
      stored: "community/photos/sprint-room.png",
      caption: "The sprint room on the last afternoon",
      clickThroughUrl: "https://example.org/sprint-photos",
    },
  },
  {
    title: "Recording: packaging for people in a hurry",
    abstract: "A twenty-minute talk from our autumn meetup.",
    content: "<p>The slides and the example project are linked from the recording.</p>",
    mediaType: 3,
    status: 2,
    days: 9,
    video: {
      videoEmbed: "https://example.org/videos/packaging-in-a-hurry",
      caption: "Watch the talk",
      clickThroughUrl: "https://example.org/videos/packaging-in-a-hurry",
    },
  },
  {
    title: "Draft photo post",
    content: "",
    mediaType: 2,
    status: 1,
    days: 3,
    photo: { imageUrl: "https://example.org/sprint.jpg", caption: "Sprint room", clickThroughUrl: "" },
  },
];

export async function seedCommunity(db: PrismaClient, staff: number | null, now = new Date()) {
  for (const p of COMMUNITY_POSTS) {
    const stored = p.photo?.stored;
    if (stored && !(await storage().exists(stored)))
      await storage().put(stored, demoLogoPng(640, 360, [48, 105, 152]), "image/png");
    if (await db.communityPost.findFirst({ where: { title: p.title }, select: { id: true } })) continue;
    await db.communityPost.create({
      data: {
        title: p.title,
        abstract: p.abstract ?? null,
        content: p.content,
        contentMarkupType: "html",
        contentRendered: p.content ? renderMarkup(p.content, "html") : "",
        mediaType: p.mediaType,
        status: p.status,
        sourceUrl: p.sourceUrl ?? "",
        created: new Date(now.getTime() - p.days * 86_400_000),
        creatorId: staff,
        ...(p.link ? { links: { create: [{ url: p.link, creatorId: staff }] } } : {}),
        ...(p.photo
          ? {
              photos: {
                create: [
                  {
                    image: p.photo.stored ?? null,
                    imageUrl: p.photo.imageUrl || null,
                    caption: p.photo.caption,
                    clickThroughUrl: p.photo.clickThroughUrl,
                    creatorId: staff,
                  },
                ],
              },
            }
          : {}),
        ...(p.video ? { videos: { create: [{ ...p.video, creatorId: staff }] } } : {}),
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

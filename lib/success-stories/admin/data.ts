import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const adminRowSelect = {
  id: true,
  name: true,
  slug: true,
  companyName: true,
  isPublished: true,
  featured: true,
  created: true,
  updated: true,
  category: { select: { name: true } },
  submittedBy: { select: { username: true } },
} as const;

const adminStorySelect = {
  id: true,
  name: true,
  slug: true,
  categoryId: true,
  companyName: true,
  companyUrl: true,
  companyId: true,
  author: true,
  authorEmail: true,
  pullQuote: true,
  content: true,
  contentMarkupType: true,
  isPublished: true,
  featured: true,
  image: true,
} as const;

export type AdminStoryRow = Prisma.StoryGetPayload<{ select: typeof adminRowSelect }>;
export type AdminStory = Prisma.StoryGetPayload<{ select: typeof adminStorySelect }>;

/** The changelist: search by name, company and author; filter by published and featured. */
export async function listAdminStories(params: ListParams): Promise<{ rows: AdminStoryRow[]; total: number }> {
  const { published, featured } = params.filters;
  const contains = { contains: params.q, mode: "insensitive" as const };
  const where: Prisma.StoryWhereInput = {
    ...(params.q ? { OR: [{ name: contains }, { companyName: contains }, { author: contains }] } : {}),
    ...(published ? { isPublished: published === "yes" } : {}),
    ...(featured ? { featured: featured === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.story.findMany({
      where,
      select: adminRowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.story.count({ where }),
  ]);
  return { rows, total };
}

export async function countStoriesAwaitingReview(): Promise<number> {
  return db.story.count({ where: { isPublished: false } });
}

export async function getAdminStory(id: number): Promise<AdminStory | null> {
  return db.story.findUnique({ where: { id }, select: adminStorySelect });
}

export async function listCategoryOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await db.storyCategory.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((r) => ({ value: String(r.id), label: r.name }));
}

export async function listCompanyOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await db.company.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((r) => ({ value: String(r.id), label: r.name }));
}

import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const redirectSelect = { id: true, oldPath: true, newPath: true, permanent: true } as const;
export type StoredRedirect = Prisma.RedirectGetPayload<{ select: typeof redirectSelect }>;

/**
 * django.contrib.redirects' lookup: the request path with and without its trailing slash. An
 * empty new path means the page is gone (410).
 */
export async function getRedirect(path: string): Promise<StoredRedirect | null> {
  const bare = `/${path.replace(/^\/+|\/+$/g, "")}`;
  return db.redirect.findFirst({ where: { oldPath: { in: [bare, `${bare}/`] } }, select: redirectSelect });
}

export async function getAdminRedirect(id: number): Promise<StoredRedirect | null> {
  return db.redirect.findUnique({ where: { id }, select: redirectSelect });
}

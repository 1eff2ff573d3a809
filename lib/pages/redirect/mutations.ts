/**
 * Stored redirects (django.contrib.redirects, edited in the pages admin): the proxy's route cache
 * forgets the old paths and the CDN drops what it held for them, so the next request answers
 * 301 (or 410 when the new path is empty).
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { pagesTags } from "@/lib/pages/constants";
import { forgetPageRoutes } from "@/lib/pages/redirects";
import type { RedirectInput } from "@/lib/pages/schema";
import { normalizePath } from "@/lib/pages/utils";

const select = { id: true, oldPath: true, newPath: true, permanent: true } as const;

async function afterWrite(oldPaths: string[]) {
  await forgetPageRoutes(oldPaths);
  const bare = oldPaths.map((p) => normalizePath(p));
  await revalidateDomain([pagesTags.pages, ...bare.map(pagesTags.page)], {
    mode: "immediate",
    paths: bare.flatMap((p) => [`/${p}/`, `/${p}`]),
  });
}

const duplicate = (e: unknown) => {
  const mapped = fromPrismaError(e);
  return Promise.reject(
    mapped instanceof AppError && mapped.code === "conflict"
      ? new AppError("validation_failed", "Invalid.", {
          fields: { oldPath: ["There is already a redirect from this path."] },
        })
      : mapped,
  );
};

/** A redirect to itself would loop forever: refused on the new path. */
function refuseLoop(input: RedirectInput) {
  if (input.newPath && normalizePath(input.newPath) === normalizePath(input.oldPath))
    throw new AppError("validation_failed", "Invalid.", {
      fields: { newPath: ["A redirect cannot point at its own path."] },
    });
}

/** `/x` and `/x/` are one path to the lookup: a second redirect under the other spelling is refused. */
async function refuseTwin(input: RedirectInput, id: number | null) {
  const bare = `/${normalizePath(input.oldPath)}`;
  const twin = await db.redirect.findFirst({
    where: { oldPath: { in: [bare, `${bare}/`] }, ...(id ? { NOT: { id } } : {}) },
    select: { id: true },
  });
  if (twin)
    throw new AppError("validation_failed", "Invalid.", {
      fields: { oldPath: ["There is already a redirect from this path."] },
    });
}

export async function createRedirect(input: RedirectInput) {
  refuseLoop(input);
  await refuseTwin(input, null);
  const row = await db.redirect.create({ data: input, select }).catch(duplicate);
  await afterWrite([row.oldPath]);
  return row;
}

export async function updateRedirect(id: number, input: RedirectInput) {
  refuseLoop(input);
  await refuseTwin(input, id);
  const before = await db.redirect.findUnique({ where: { id }, select: { oldPath: true } });
  if (!before) throw new AppError("not_found", "No such redirect.");
  const row = await db.redirect.update({ where: { id }, data: input, select }).catch(duplicate);
  await afterWrite([before.oldPath, row.oldPath]);
  return row;
}

export async function deleteRedirect(id: number) {
  const row = await db.redirect
    .delete({ where: { id }, select })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite([row.oldPath]);
  return row;
}

/**
 * Company writes (the admin's). The "about" markup is rendered and sanitized on write; a logo is
 * checked by its bytes, stored through lib/platform/storage before the row points at it, and the
 * file it replaces is removed once the row no longer does. Every change revalidates the company's
 * tags: the success stories that show it are tagged with its `company:<id>`.
 */
import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { renderMarkup } from "@/lib/platform/markup";
import { availableKey, sniffContentType, storage } from "@/lib/platform/storage";
import { slugify } from "@/lib/platform/text";
import { companiesTags } from "./constants";
import type { CompanyInput } from "./schema";
import { checkLogo, logoKey } from "./utils";

const invalid = (fields: Record<string, string[]>) =>
  new AppError("validation_failed", "The company is not valid.", { fields });

function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict" && mapped.fields?.slug)
    return invalid({ slug: ["A company with this slug already exists."] });
  return mapped;
}

function toColumns(input: CompanyInput) {
  const slug = input.slug || slugify(input.name);
  if (!slug) throw invalid({ slug: ["Enter a slug: the name has no letters or digits to make one from."] });
  return {
    name: input.name,
    slug,
    about: input.about,
    aboutMarkupType: input.aboutMarkupType,
    // An empty text renders to nothing in every markup; skipping it spares a docutils run.
    aboutRendered: input.about ? renderMarkup(input.about, input.aboutMarkupType) : "",
    contact: input.contact,
    email: input.email,
    url: input.url,
  };
}

/** Stores an uploaded logo and returns its key; a field error when the bytes are not an accepted image. */
async function storeLogo(logo: NonNullable<CompanyInput["logo"]>): Promise<string> {
  const checked = checkLogo(logo.bytes, sniffContentType(logo.bytes));
  if (!checked.ok) throw invalid({ logo: [checked.error] });
  const key = await availableKey(storage(), logoKey(logo.fileName, checked.ext));
  await storage().put(key, logo.bytes, checked.contentType);
  return key;
}

/** Removes a stored file the database no longer points at; a failure is logged, not raised. */
async function dropFile(key: string | null | undefined) {
  if (!key) return;
  await storage()
    .delete(key)
    .catch((err: unknown) => log.warn({ err, key }, "could not delete a company logo"));
}

/**
 * Runs a row write that may point at a newly stored logo: the logo is stored first, and removed
 * again when the write fails, so no row points at a missing file and no upload is orphaned.
 */
async function withLogo<R>(
  input: CompanyInput,
  write: (columns: ReturnType<typeof toColumns>, logo: string | undefined) => Promise<R>,
): Promise<R> {
  const columns = toColumns(input); // a slug error comes before anything is stored
  const stored = input.logo ? await storeLogo(input.logo) : undefined;
  try {
    return await write(columns, stored);
  } catch (e) {
    await dropFile(stored);
    throw mapWriteError(e);
  }
}

const select = { id: true, slug: true, logo: true } as const;

/** The pages that show the company (its stories) see the change on their next request. */
const afterChange = (id: number) =>
  revalidateDomain([companiesTags.companies, companiesTags.company(id)], { mode: "immediate" });

export async function createCompany(
  input: CompanyInput,
): Promise<{ id: number; slug: string; logo: string | null }> {
  const row = await withLogo(input, (columns, logo) =>
    db.company.create({ data: { ...columns, logo: logo ?? null }, select }),
  );
  await afterChange(row.id);
  return row;
}

/** Updates a company; a new logo (or "remove") drops the old file. not_found when it is gone. */
export async function updateCompany(
  id: number,
  input: CompanyInput,
): Promise<{ id: number; slug: string; logo: string | null }> {
  const before = await db.company.findUnique({ where: { id }, select: { logo: true } });
  if (!before) throw new AppError("not_found", "Not found.");
  const row = await withLogo(input, (columns, logo) =>
    db.company.update({
      where: { id },
      data: { ...columns, ...(logo ? { logo } : input.removeLogo ? { logo: null } : {}) },
      select,
    }),
  );
  if (before.logo && before.logo !== row.logo) await dropFile(before.logo);
  await afterChange(id);
  return row;
}

/** Deletes a company and its logo file (success stories keep their own company name: SET_NULL). */
export async function deleteCompany(id: number): Promise<void> {
  const row = await db.company
    .delete({ where: { id }, select: { logo: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await dropFile(row.logo);
  await afterChange(id);
}

import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { sponsorsTags } from "@/lib/sponsors/constants";
import type { ContactFormsetRow, ContactRowInput, SponsorInfoInput } from "./schema";

const rethrow = (e: unknown) => Promise.reject(fromPrismaError(e));
// The name, logos and landing page show on /psf/sponsors/, /downloads/, /jobs/ and in the APIs.
const afterWrite = () => revalidateDomain([sponsorsTags.sponsors], { mode: "immediate" });

export type Logos = { webLogo?: string; whiteLogo?: string; printLogo?: string };

/** SponsorAdmin's add form (ContentManageable: creator and last modifier recorded). */
export async function createSponsor(input: SponsorInfoInput & { webLogo: string } & Logos, actorId: number) {
  const row = await db.sponsor
    .create({ data: { ...input, creatorId: actorId, lastModifiedById: actorId }, select: { id: true } })
    .catch(rethrow);
  await afterWrite();
  return row;
}

/** A sponsor's information; a logo left out keeps the stored one ("logos optional on update"). */
export async function updateSponsor(id: number, input: Partial<SponsorInfoInput> & Logos, actorId: number) {
  const row = await db.sponsor
    .update({ where: { id }, data: { ...input, lastModifiedById: actorId }, select: { id: true } })
    .catch(rethrow);
  await afterWrite();
  return row;
}

/** Its sponsorships keep their rows without a sponsor (SET_NULL); contacts and assets go with it. */
export async function deleteSponsor(id: number) {
  await db.sponsor.delete({ where: { id } }).catch(rethrow);
  await afterWrite();
}

/** SponsorContactInline: one contact of a sponsor, added or changed. */
export async function saveContact(sponsorId: number, id: number | undefined, input: ContactRowInput) {
  return (
    id
      ? db.sponsorContact.update({ where: { id, sponsorId }, data: input, select: { id: true } })
      : db.sponsorContact.create({ data: { ...input, sponsorId }, select: { id: true } })
  ).catch(rethrow);
}

export async function deleteContact(sponsorId: number, id: number) {
  await db.sponsorContact.delete({ where: { id, sponsorId } }).catch(rethrow);
}

/**
 * SponsorUpdateForm.save (§5.8): the sponsor's fields (never its name) and its contacts formset in
 * one transaction: rows with an id are updated (only the sponsor's own), new rows added, deleted
 * ones removed. A contact with the editor's address is linked to the editor, as on application.
 */
export async function updateSponsorInfo(
  id: number,
  input: Omit<SponsorInfoInput, "name"> & Logos,
  contacts: { rows: ContactFormsetRow[]; deleted: number[] },
  editor: { userId: number; email: string },
) {
  await db
    .$transaction(async (tx) => {
      const own = new Set(
        (await tx.sponsorContact.findMany({ where: { sponsorId: id }, select: { id: true } })).map(
          (c) => c.id,
        ),
      );
      const foreign = [...contacts.deleted, ...contacts.rows.flatMap((r) => (r.id ? [r.id] : []))].filter(
        (c) => !own.has(c),
      );
      if (foreign.length)
        throw new AppError("validation_failed", "Unknown contact.", { fields: { "": ["Unknown contact."] } });
      await tx.sponsor.update({ where: { id }, data: { ...input, lastModifiedById: editor.userId } });
      if (contacts.deleted.length)
        await tx.sponsorContact.deleteMany({ where: { sponsorId: id, id: { in: contacts.deleted } } });
      for (const { id: contactId, ...c } of contacts.rows) {
        const link = c.email.toLowerCase() === editor.email.toLowerCase() ? { userId: editor.userId } : {};
        if (contactId) await tx.sponsorContact.update({ where: { id: contactId }, data: { ...c, ...link } });
        else await tx.sponsorContact.create({ data: { ...c, ...link, sponsorId: id } });
      }
    })
    .catch(rethrow);
  await afterWrite();
}

/**
 * The files sent with a logged message (lib/platform/mail.ts): their bytes go to file storage
 * under `mail/attachments/<32 hex>-<name>` (unguessable, like the sent contracts), the
 * mailing_emailattachment rows name them, so the retry job re-attaches them and staff download
 * them from /admin/mail/ (app/admin/mail/[id]/attachments/[position]/route.ts).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "./db";
import { safeFileName, storage } from "./storage";

export type MailAttachment = { filename: string; content: Uint8Array; contentType: string };

/** Stores each file; the rows to create with the message, in the order given. */
export async function storeMailAttachments(files: readonly MailAttachment[]) {
  return Promise.all(
    files.map(async (a, position) => {
      const storageKey = `mail/attachments/${randomBytes(16).toString("hex")}-${safeFileName(a.filename)}`;
      await storage().put(storageKey, a.content, a.contentType);
      return {
        position,
        filename: a.filename,
        contentType: a.contentType,
        size: a.content.byteLength,
        storageKey,
      };
    }),
  );
}

/** The bytes stored under a key, or null when nothing is there. */
export async function storedBytes(key: string): Promise<Uint8Array | null> {
  const obj = await storage().get(key);
  if (!obj) return null;
  return obj.body instanceof Uint8Array
    ? obj.body
    : new Uint8Array(await new Response(obj.body).arrayBuffer());
}

/**
 * A logged message's attachments read back from storage, in order. Throws naming the first one
 * missing, so the message is marked failed rather than sent without it.
 */
export async function loadMailAttachments(emailId: number): Promise<MailAttachment[]> {
  const rows = await db.emailAttachment.findMany({ where: { emailId }, orderBy: { position: "asc" } });
  const files: MailAttachment[] = [];
  for (const r of rows) {
    const content = await storedBytes(r.storageKey);
    if (!content) throw new Error(`Attachment ${r.filename} is missing from file storage (${r.storageKey}).`);
    files.push({ filename: r.filename, content, contentType: r.contentType });
  }
  return files;
}

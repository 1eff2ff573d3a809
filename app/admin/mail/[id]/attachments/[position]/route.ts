import { outboxSection } from "@/lib/admin/constants";
import { dbId } from "@/lib/admin/utils";
import { getEmailAttachment } from "@/lib/mailing/data";
import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { storage } from "@/lib/platform/storage";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };

type Ctx = { params: Promise<{ id: string; position: string }> };

/** `filename="…"` in ASCII for old clients, `filename*` with the name as sent (RFC 6266). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// GET /admin/mail/<id>/attachments/<position>/ — a file sent with a logged message, for staff
// (the mail screen's readers); always a download, never shown inline.
export async function GET(_request: Request, { params }: Ctx) {
  const principal = await getSessionPrincipal();
  if (!principal) return new Response("Sign in first.", { status: 401, headers: noStore });
  const { id, position } = await params;
  if (!outboxSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: `/admin/mail/${id}/attachments/${position}/` },
    });
    return new Response("You may not read the mail log.", { status: 403, headers: noStore });
  }
  const emailId = dbId(id);
  const index = dbId(position);
  const row = emailId === null || index === null ? null : await getEmailAttachment(emailId, index);
  const file = row ? await storage().get(row.storageKey) : null;
  if (!row || !file) return new Response("Attachment not found.", { status: 404, headers: noStore });
  return new Response(file.body as BodyInit, {
    headers: {
      ...noStore,
      "content-type": "application/octet-stream",
      "content-length": String(file.size),
      "content-disposition": disposition(row.filename),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

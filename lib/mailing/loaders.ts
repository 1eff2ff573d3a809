import "server-only";
import { requireAdmin } from "@/lib/admin/loaders";
import { redactSecretLinks } from "@/lib/platform/mail";
import { canReadOutbox } from "@/lib/users/permissions";
import { listOutbox } from "./data";

/**
 * Staff only: the stored outbox (mail kept when no SMTP server is configured). Links carrying
 * account secrets are masked except for superusers (a developer running the site without SMTP
 * signs up through here), so staff cannot take over an account through its reset mail.
 */
export async function loadOutbox(page: number) {
  // Signed in, allowed, and signed in within the admin's 12 hours (like every admin page).
  const principal = await requireAdmin("/admin/mail/", canReadOutbox);
  const outbox = await listOutbox({ page, perPage: 25 });
  if (principal.isSuperuser) return outbox;
  return {
    ...outbox,
    rows: outbox.rows.map((m) => ({
      ...m,
      text: redactSecretLinks(m.text),
      html: m.html === null ? null : redactSecretLinks(m.html),
    })),
  };
}

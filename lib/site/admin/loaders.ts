import "server-only";
import { forbidden } from "next/navigation";
import { auditSection, dashboardSection, outboxSection, runsSection } from "@/lib/admin/constants";
import { requireAdmin } from "@/lib/admin/loaders";
import { parseListParams } from "@/lib/admin/utils";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { canAccessAdmin, hasFreshSignIn } from "@/lib/users/permissions";
import { jobs } from "@/inngest/index";
import { MAIL_STATUSES } from "@/lib/mailing/constants";
import { listOutbox } from "@/lib/mailing/data";
import { redactSecretLinks } from "@/lib/platform/mail";
import { getDashboardCounts, listAuditLog, listLastRuns } from "./data";
import { sectionsFor } from "./sections";

/**
 * The shell: null for visitors (each page redirects them to sign in, coming back to that page);
 * 403 for signed-in people without an admin role.
 */
export async function loadAdminShell() {
  const principal = await getSessionPrincipal();
  if (!principal) return null;
  if (!canAccessAdmin(principal)) forbidden();
  // A stale sign-in: each page's requireAdmin sends the person to sign in again.
  if (!hasFreshSignIn(principal)) return null;
  return { username: principal.username, sections: sectionsFor(principal) };
}

export async function loadDashboard() {
  await requireAdmin("/admin/", dashboardSection);
  return getDashboardCounts();
}

const AUDIT_LIST_SPEC = { sorts: ["at"], defaultSort: "at", defaultDir: "desc", perPage: 50 } as const;

export async function loadAuditLog(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/audit/", auditSection);
  const params = parseListParams(raw, AUDIT_LIST_SPEC);
  return { params, ...(await listAuditLog(params)) };
}

/** Every background function (inngest/index.ts), its trigger and retries, and its last runs. */
export async function loadBackgroundRuns() {
  await requireAdmin("/admin/runs/", runsSection);
  const runs = await listLastRuns(jobs.map((j) => j.id));
  return jobs.map((j) => ({
    id: j.id,
    trigger: "cron" in j.trigger ? { cron: j.trigger.cron } : { event: j.trigger.event },
    retries: j.retries,
    // "Run now" starts scheduled functions only: an event-triggered one needs its event's data.
    runnable: "cron" in j.trigger,
    runs: runs.get(j.id) ?? [],
  }));
}

/**
 * Staff only: the mail log (`?status=` one of MAIL_STATUSES; the outbox holds mail kept when no
 * SMTP server is configured), with each message's attachments. Links carrying
 * account secrets are masked except for superusers (a developer running the site without SMTP
 * signs up through here), so staff cannot take over an account through its reset mail.
 */
export async function loadOutbox(raw: Record<string, string | string[] | undefined>) {
  const principal = await requireAdmin("/admin/mail/", outboxSection);
  const params = parseListParams(raw, {
    sorts: ["created"],
    defaultSort: "created",
    defaultDir: "desc",
    filters: { status: MAIL_STATUSES },
  });
  const status = MAIL_STATUSES.find((s) => s === params.filters.status);
  const outbox = await listOutbox({
    ...(status ? { status } : {}),
    page: Math.min(params.page, 1000),
    perPage: params.perPage,
  });
  const rows = principal.isSuperuser
    ? outbox.rows
    : outbox.rows.map((m) => ({
        ...m,
        text: redactSecretLinks(m.text),
        html: m.html === null ? null : redactSecretLinks(m.html),
      }));
  return { params, total: outbox.total, rows };
}

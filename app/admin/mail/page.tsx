import type { Metadata } from "next";
import Link from "next/link";
import { RecordList } from "@/components/admin/record-list";
import { DateTime } from "@/components/ui/date-time";
import { listHref } from "@/lib/admin/utils";
import { formatFileSize } from "@/lib/downloads/utils";
import { MAIL_STATUSES } from "@/lib/mailing/constants";
import { loadOutbox } from "@/lib/site/admin/loaders";

export const metadata: Metadata = { title: "Mail outbox", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABEL = { outbox: "Outbox", sent: "Sent", failed: "Failed", queued: "Queued" } as const;

export default async function OutboxPage({ searchParams }: Props) {
  const { params, rows, total } = await loadOutbox(await searchParams);
  const current = params.filters.status;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Mail outbox</h1>
      <p>
        Every message the site sent or tried to send, newest first, with its attachments. Without an SMTP
        server (<code>SMTP_URL</code>) outgoing mail is kept here instead of being sent; failed mail is
        retried by the <code>mailing-retry-failed</code> job, attachments included.
      </p>
      <nav aria-label="Mail status" className="flex flex-wrap gap-3 text-sm">
        {[undefined, ...MAIL_STATUSES].map((s) => {
          const href = listHref("/admin/mail/", params, { status: s ?? "" });
          const label = s ? STATUS_LABEL[s] : "All";
          return s === current || (!s && !current) ? (
            <span key={label} aria-current="page" className="font-semibold">
              {label}
            </span>
          ) : (
            <Link key={label} href={href} className="link">
              {label}
            </Link>
          );
        })}
      </nav>
      <RecordList
        label="Mail outbox"
        basePath="/admin/mail/"
        params={params}
        rows={rows}
        total={total}
        rowId={(m) => m.id}
        empty="No mail here."
        render={(m) => (
          <>
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm">
              To {m.toAddrs.join(", ")} · from {m.fromAddr} · <DateTime value={m.createdAt} withTime /> ·{" "}
              {STATUS_LABEL[m.status]}
              {m.attempts > 0 && ` after ${m.attempts} attempt${m.attempts === 1 ? "" : "s"}`}
            </p>
            {m.status === "failed" && m.error && <p className="text-error text-sm">Error: {m.error}</p>}
            <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
            {m.attachments.length > 0 && (
              <div className="mt-2 text-sm">
                <h3 className="font-semibold">Attachments</h3>
                <ul className="list-disc pl-6">
                  {m.attachments.map((a) => (
                    <li key={a.position}>
                      <a className="link" href={`/admin/mail/${m.id}/attachments/${a.position}/`} download>
                        {a.filename}
                      </a>{" "}
                      ({a.contentType}, {formatFileSize(a.size)})
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      />
    </div>
  );
}

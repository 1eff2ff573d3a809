import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import { loadOutbox } from "@/lib/mailing/loaders";

export const metadata: Metadata = { title: "Mail outbox", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const page = Math.max(1, Math.min(1000, Number((await searchParams).page) || 1));
  const { rows, total, perPage } = await loadOutbox(page);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Mail outbox</h1>
      <p>
        No SMTP server is configured (<code>SMTP_URL</code>), so outgoing mail is kept here instead of being
        sent.
      </p>
      {rows.length === 0 && <p className="alert">The outbox is empty.</p>}
      {rows.map((m) => (
        <article key={m.id} className="card bg-base-200 p-4">
          <h2 className="font-semibold">{m.subject}</h2>
          <p className="text-sm">
            To {m.toAddrs.join(", ")} · from {m.fromAddr} · <DateTime value={m.createdAt} />
          </p>
          <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
        </article>
      ))}
      <Pagination page={page} pages={Math.ceil(total / perPage)} href={(p) => `/admin/mail/?page=${p}`} />
    </div>
  );
}

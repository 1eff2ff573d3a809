import type { Metadata } from "next";
import { RecordList } from "@/components/admin/record-list";
import { DateTime } from "@/components/ui/date-time";
import { loadOutbox } from "@/lib/site/admin/loaders";

export const metadata: Metadata = { title: "Mail outbox", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  const { params, rows, total } = await loadOutbox(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Mail outbox</h1>
      <p>
        No SMTP server is configured (<code>SMTP_URL</code>), so outgoing mail is kept here instead of being
        sent.
      </p>
      <RecordList
        label="Mail outbox"
        basePath="/admin/mail/"
        params={params}
        rows={rows}
        total={total}
        rowId={(m) => m.id}
        empty="The outbox is empty."
        render={(m) => (
          <>
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm">
              To {m.toAddrs.join(", ")} · from {m.fromAddr} · <DateTime value={m.createdAt} withTime />
            </p>
            <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
          </>
        )}
      />
    </div>
  );
}

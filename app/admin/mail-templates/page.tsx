import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { loadMailTemplates } from "@/lib/mailing/admin/loaders";

export const metadata: Metadata = { title: "Mail templates · Admin", robots: { index: false } };

export default async function AdminMailTemplatesPage() {
  const templates = await loadMailTemplates();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Mail templates</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/mail-templates/new/">
          Add a template
        </Link>
      </div>
      <table className="table table-stack">
        <caption className="sr-only">Mail templates</caption>
        <thead>
          <tr>
            <th scope="col">Internal name</th>
            <th scope="col">Kind</th>
            <th scope="col">Subject</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.id}>
              <td data-label="Internal name">
                <Link className="link" href={`/admin/mail-templates/${t.id}/`}>
                  {t.internalName}
                </Link>
              </td>
              <td data-label="Kind">{t.kind}</td>
              <td data-label="Subject">{t.subject}</td>
              <td data-label="Updated">
                <DateTime value={t.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

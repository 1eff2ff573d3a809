import type { Metadata } from "next";
import Link from "next/link";
import { loadAdminKinds } from "@/lib/nominations/admin/loaders";

export const metadata: Metadata = { title: "Election kinds · Admin", robots: { index: false } };

export default async function AdminKindsPage() {
  const kinds = await loadAdminKinds();
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/nominations/">
        All elections
      </Link>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Election kinds</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/nominations/kinds/new/">
          Add a kind
        </Link>
      </div>
      <table className="table table-stack">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Slug</th>
            <th scope="col">Accent colour</th>
            <th scope="col">Form</th>
            <th scope="col">Elections</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.id}>
              <td data-label="Name">
                <Link className="link" href={`/admin/nominations/kinds/${k.id}/`}>
                  {k.name}
                </Link>
              </td>
              <td data-label="Slug">{k.slug}</td>
              <td data-label="Accent colour">
                <span
                  className="inline-block h-4 w-4 rounded align-middle"
                  style={{ background: k.accentColor }}
                  aria-hidden="true"
                />{" "}
                {k.accentColor}
              </td>
              <td data-label="Form">{k.nominationForm === "board" ? "PSF Board" : "Packaging Council"}</td>
              <td data-label="Elections">{k._count.elections}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

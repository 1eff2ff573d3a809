import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveRedirectAction } from "@/lib/pages/admin/actions";
import { redirectFields } from "@/lib/pages/admin/constants";
import { loadAdminRedirect } from "@/lib/pages/admin/loaders";

export const metadata: Metadata = { title: "Redirect · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminRedirectPage({ params }: Props) {
  const row = await loadAdminRedirect((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/redirects/">
        All redirects
      </Link>
      <h1 className="font-mono text-3xl font-bold">{row.oldPath}</h1>
      <ModelForm
        action={saveRedirectAction}
        fields={redirectFields}
        initial={{ oldPath: row.oldPath, newPath: row.newPath, permanent: row.permanent }}
        hidden={{ id: row.id }}
        submitLabel="Save"
        label={`Edit the redirect from ${row.oldPath}`}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveRedirectAction } from "@/lib/pages/admin/actions";
import { redirectFields } from "@/lib/pages/admin/constants";
import { loadAdminRedirectForm } from "@/lib/pages/admin/loaders";

export const metadata: Metadata = { title: "Add a redirect · Admin", robots: { index: false } };

export default async function AdminNewRedirectPage() {
  await loadAdminRedirectForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a redirect</h1>
      <ModelForm
        action={saveRedirectAction}
        fields={redirectFields}
        initial={{ oldPath: "", newPath: "", permanent: true }}
        submitLabel="Add"
        label="Add a redirect"
      />
    </div>
  );
}

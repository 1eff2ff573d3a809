import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveClauseAction } from "@/lib/sponsors/admin/catalog/actions";
import { clauseFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminClause } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Add a legal clause · Admin", robots: { index: false } };

export default async function AdminNewLegalClausePage() {
  await loadAdminClause();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a legal clause</h1>
      <ModelForm
        action={saveClauseAction}
        fields={clauseFields}
        initial={{ internalName: "", clause: "", notes: "", order: 0 }}
        submitLabel="Add"
        label="Add a legal clause"
      />
    </div>
  );
}

import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveElectionAction } from "@/lib/nominations/admin/actions";
import { electionFields } from "@/lib/nominations/admin/constants";
import { loadAdminElectionForm } from "@/lib/nominations/admin/loaders";

export const metadata: Metadata = { title: "Add an election · Admin", robots: { index: false } };

export default async function AdminNewElectionPage() {
  const { kinds } = await loadAdminElectionForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add an election</h1>
      <ModelForm
        action={saveElectionAction}
        fields={electionFields(kinds)}
        initial={{
          name: "",
          kindId: "",
          date: "",
          nominationsOpenAt: "",
          nominationsCloseAt: "",
          description: "",
          hidePreviousService: false,
        }}
        submitLabel="Add"
        label="Add an election"
      />
    </div>
  );
}

import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveWorkGroupAction } from "@/lib/work-groups/admin/actions";
import { workGroupFields } from "@/lib/work-groups/admin/constants";
import { loadAdminWorkGroupForm } from "@/lib/work-groups/admin/loaders";
import { WORK_GROUP_MARKUP_FIELDS } from "@/lib/work-groups/constants";

export const metadata: Metadata = { title: "Add a work group · Admin", robots: { index: false } };

// The model's defaults: active, not yet approved, every text in reStructuredText.
const initial = {
  name: "",
  slug: "",
  active: true,
  approved: false,
  url: "",
  shortDescription: "",
  organizers: "",
  members: "",
  ...Object.fromEntries(
    WORK_GROUP_MARKUP_FIELDS.flatMap((f) => [
      [f, ""],
      [`${f}MarkupType`, "restructuredtext"],
    ]),
  ),
};

export default async function AdminNewWorkGroupPage() {
  await loadAdminWorkGroupForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a work group</h1>
      <ModelForm
        action={saveWorkGroupAction}
        fields={workGroupFields}
        initial={initial}
        submitLabel="Add"
        label="Add a work group"
      />
    </div>
  );
}

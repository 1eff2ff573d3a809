import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveOperatingSystemAction } from "@/lib/downloads/admin/actions";
import { osFields } from "@/lib/downloads/admin/constants";
import { loadAdminOperatingSystems } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Operating systems · Admin", robots: { index: false } };

// Each operating system is an inline form (ModelAdmin's list_editable), the last one adds.
const inline = "flex flex-wrap items-end gap-2";

export default async function AdminOperatingSystemsPage() {
  const systems = await loadAdminOperatingSystems();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Operating systems</h1>
      <ul className="space-y-2" aria-label="Operating systems">
        {systems.map((os) => (
          <li key={os.id} className="flex flex-wrap items-center gap-2">
            <ModelForm
              action={saveOperatingSystemAction}
              fields={osFields}
              initial={{ name: os.name, slug: os.slug }}
              hidden={{ id: os.id }}
              submitLabel="Save"
              label={`Edit ${os.name}`}
              idPrefix={`os-${os.id}`}
              className={inline}
            />
            <span className="text-sm">{os._count.files} files</span>
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">Add an operating system</h2>
      <ModelForm
        action={saveOperatingSystemAction}
        fields={osFields}
        initial={{ name: "", slug: "" }}
        submitLabel="Add"
        label="Add an operating system"
        idPrefix="os-new"
        className={inline}
      />
    </div>
  );
}

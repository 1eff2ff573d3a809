import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveReleaseAction } from "@/lib/downloads/admin/actions";
import { releaseFields } from "@/lib/downloads/admin/constants";
import { loadNewRelease } from "@/lib/downloads/admin/loaders";
import { releaseFormValues } from "@/lib/downloads/admin/utils";

export const metadata: Metadata = { title: "New release · Admin", robots: { index: false } };

export default async function NewReleasePage() {
  await loadNewRelease();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">New release</h1>
      <ModelForm
        action={saveReleaseAction}
        fields={releaseFields}
        initial={releaseFormValues()}
        submitLabel="Create release"
        className="card bg-base-200 max-w-xl space-y-3 p-6"
      />
    </div>
  );
}

import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form";
import { createJobAction, previewJobMarkupAction } from "@/lib/jobs/actions";
import { loadJobFormChoices, loadSignedIn } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Post a job", robots: { index: false } };

/** JobCreate: signed in only; saved as a draft, then previewed and submitted for approval. */
export default async function JobCreatePage() {
  const [, choices] = await Promise.all([loadSignedIn("/jobs/create/"), loadJobFormChoices()]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Post a job</h1>
      <p>
        Job postings are reviewed by the job board team before they are listed. Save your posting, check the preview,
        then submit it for approval.
      </p>
      <JobForm
        action={createJobAction}
        previewAction={previewJobMarkupAction}
        initial={{ descriptionMarkupType: "markdown", requirementsMarkupType: "markdown", companyDescriptionMarkupType: "markdown", agencies: true }}
        types={choices.types}
        categories={choices.categories}
        submitLabel="Save and preview"
      />
    </div>
  );
}

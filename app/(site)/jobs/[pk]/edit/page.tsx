import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form";
import { previewJobMarkupAction, updateJobAction } from "@/lib/jobs/actions";
import { loadJobFormChoices, loadOwnJob } from "@/lib/jobs/loaders";
import { jobFormValues } from "@/lib/jobs/utils";

export const metadata: Metadata = { title: "Edit your job posting", robots: { index: false } };

type Props = { params: Promise<{ pk: string }>; searchParams: Promise<{ next?: string }> };

export default async function JobEditPage({ params, searchParams }: Props) {
  const { pk } = await params;
  const [{ job }, choices] = await Promise.all([loadOwnJob(pk, `/jobs/${pk}/edit/`, "edit"), loadJobFormChoices()]);
  const next = (await searchParams).next;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Edit {job.jobTitle}</h1>
      <JobForm
        action={updateJobAction}
        previewAction={previewJobMarkupAction}
        initial={jobFormValues(job)}
        types={choices.types}
        categories={choices.categories}
        hidden={{ jobId: String(job.id), ...(next ? { next } : {}) }}
        submitLabel="Save and preview"
      />
    </div>
  );
}

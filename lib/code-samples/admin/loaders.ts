import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { CODE_SAMPLE_LIST_SPEC, codeSamplesSection } from "./constants";
import { getAdminCodeSample, listAdminCodeSamples } from "./data";

export async function loadAdminCodeSamples(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/code-samples/", codeSamplesSection);
  const params = parseListParams(raw, CODE_SAMPLE_LIST_SPEC);
  return { params, ...(await listAdminCodeSamples(params)) };
}

export async function loadAdminCodeSampleForm() {
  await requireAdmin("/admin/code-samples/new/", codeSamplesSection);
}

/** One sample's change form; 404 when there is no such sample. */
export async function loadAdminCodeSample(id: string) {
  await requireAdmin(`/admin/code-samples/${id}/`, codeSamplesSection);
  const sample = dbId(id) === null ? null : await getAdminCodeSample(dbId(id)!);
  if (!sample) notFound();
  return sample;
}

"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createCodeSample, deleteCodeSample, updateCodeSample } from "@/lib/code-samples/mutations";
import { renderCodeSample } from "@/lib/code-samples/utils";
import { codeSamplesSection } from "./constants";
import { codeSampleFormSchema, codeSamplePreviewSchema, codeSampleRefSchema } from "./schema";

/** Every code-samples action authorizes here, whatever the page showed. */
const gate = adminGate(codeSamplesSection.allowed);
const denied = "You may not edit code samples.";

export const saveCodeSampleAction = defineAction({
  name: "admin.code-samples",
  gate,
  denied,
  schema: codeSampleFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updateCodeSample(id, input, principal.userId) : createCodeSample(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "codesample.updated" : "codesample.created",
    targetType: "codesample",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/code-samples/",
    ...(input.id ? [`/admin/code-samples/${input.id}/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Code sample added.", redirectTo: `/admin/code-samples/${row.id}/` },
});

/**
 * The sample as the home page will show it, rendered by the function that saves it (so through
 * the same sanitizer); nothing is stored. The HTML comes back in `data`.
 */
export const previewCodeSampleAction = defineAction({
  name: "admin.code-samples.preview",
  gate,
  denied,
  schema: codeSamplePreviewSchema,
  handler: async ({ input }): Promise<FormState> => {
    const { codeHtml, copyHtml } = renderCodeSample(input);
    return { done: "Preview updated.", data: { codeHtml, copyHtml } };
  },
});

export const deleteCodeSampleAction = asFormAction(
  defineAction({
    name: "admin.code-samples.delete",
    gate,
    schema: codeSampleRefSchema,
    handler: ({ input }) => deleteCodeSample(input.id),
    audit: ({ input }) => ({ action: "codesample.deleted", targetType: "codesample", targetId: input.id }),
    revalidate: () => ["/admin/code-samples/"],
  }),
);

"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { renderMailTemplate } from "@/lib/mailing/utils";
import { PREVIEW_CONTEXT, mailTemplatesSection } from "./constants";
import { saveMailTemplate } from "./mutations";
import { previewFormSchema, templateFormSchema } from "./schema";
import { templateSyntaxError } from "./utils";

const gate = adminGate(mailTemplatesSection.allowed);
const denied = "You may not edit mail templates.";

export const saveMailTemplateAction = defineAction({
  name: "admin.mail-templates",
  gate,
  denied,
  schema: templateFormSchema,
  handler: ({ input: { id, input } }) => saveMailTemplate(id, input),
  audit: ({ input }, row) => ({
    action: input.id ? "mail_template.updated" : "mail_template.created",
    targetType: "mail_template",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/mail-templates/",
    ...(input.id ? [`/admin/mail-templates/${input.id}/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Template added.", redirectTo: `/admin/mail-templates/${row.id}/` },
});

/** Renders the typed template with a sample context, in the same sandbox a send uses. */
export const previewMailTemplateAction = defineAction({
  name: "admin.mail-templates.preview",
  gate,
  denied,
  schema: previewFormSchema,
  handler: async ({ input }): Promise<FormState> => {
    const err = templateSyntaxError(input.subject) ?? templateSyntaxError(input.content);
    if (err) return { error: `Template syntax error: ${err}` };
    try {
      const mail = await renderMailTemplate(input, PREVIEW_CONTEXT);
      return { done: "Preview", data: { subject: mail.subject, text: mail.text } };
    } catch (e) {
      return {
        error:
          e instanceof Error
            ? `The template does not render: ${e.message.split("\n")[0]}`
            : "The template does not render.",
      };
    }
  },
});

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/actions/types";
import { previewMailTemplateAction } from "@/lib/mailing/admin/actions";

/** Renders the subject and content typed in the form above with a sample context (nothing is sent). */
export function TemplatePreview({ formId }: { formId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(previewMailTemplateAction, {});
  return (
    <section aria-labelledby="preview-title" className="card bg-base-200 max-w-3xl space-y-2 p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        Preview
      </h2>
      <form
        action={(data: FormData) => {
          const source = document.getElementById(formId)?.closest("form");
          const typed = source ? new FormData(source) : new FormData();
          data.set("subject", String(typed.get("subject") ?? ""));
          data.set("content", String(typed.get("content") ?? ""));
          return action(data);
        }}
      >
        <button className="btn btn-sm" disabled={pending}>
          Preview with sample values
        </button>
      </form>
      <FormAlert text={state.error} />
      {state.data && !state.error && (
        <div data-testid="template-preview" className="space-y-1">
          <p>
            <strong>Subject:</strong> {state.data.subject}
          </p>
          <pre className="bg-base-100 overflow-x-auto rounded p-3 whitespace-pre-wrap">{state.data.text}</pre>
        </div>
      )}
    </section>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";

/** The agreement template (§5.6) as one textarea; a template that does not parse is refused with Liquid's message. */
export function ContractTemplateForm({ content, save }: { content: string; save: StatefulAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const error = state.fields?.content?.[0];
  return (
    <form action={action} className="space-y-3" aria-label="Agreement template">
      {state.done && (
        <p role="status" className="text-success">
          {state.done}
        </p>
      )}
      <FormAlert text={state.error} />
      <label htmlFor="field-content" className="label-text block">
        Template
      </label>
      <textarea
        id="field-content"
        name="content"
        rows={30}
        defaultValue={state.values?.content?.toString() ?? content}
        className="textarea textarea-bordered w-full font-mono text-sm"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-content-error" : undefined}
      />
      {error && (
        <p id="field-content-error" className="text-error text-sm">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-sm" disabled={pending}>
        Save template
      </button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import type { FieldSpec, FieldValues } from "@/lib/admin/types";
import { AdminField } from "./form-fields";

/** A form's success message (announced politely). */
export const FormDone = ({ text }: { text?: string }) =>
  text ? (
    <p role="status" className="text-success">
      {text}
    </p>
  ) : null;

/**
 * The admin's detail/edit form, built from a field description (ModelAdmin's change form):
 * every field with its label, help and error; what was typed kept after a refusal (the action's
 * `values`); whole-form errors on top; `redirectTo` followed after a create. The action is a
 * defineAction (lib/actions), which validates with the domain's zod schema on the server.
 */
export function ModelForm({
  action,
  fields,
  initial,
  hidden = {},
  submitLabel,
  title,
  className = "card bg-base-200 max-w-2xl space-y-3 p-6",
  label,
  idPrefix,
  children,
}: {
  action: StatefulAction;
  fields: readonly FieldSpec[];
  initial: FieldValues;
  /** Ids and other fixed inputs. */
  hidden?: Record<string, string | number | undefined>;
  submitLabel: string;
  title?: string;
  className?: string;
  /** The form's accessible name, when the page holds several. */
  label?: string;
  /** Unique ids when a page holds several forms with the same fields. */
  idPrefix?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const typed = state.values;
  // Errors about the whole input sit under "" (lib/platform/errors FORM_ERROR); the first one
  // may already be the alert's text.
  const whole = state.fields?.[""] ?? [];
  // After a refusal the typed values win; repeated controls (checkboxes) are not kept, so they
  // fall back to the stored value.
  const valueOf = (f: FieldSpec) => {
    if (!typed || f.kind === "checkboxes") return initial[f.name];
    return f.kind === "checkbox" ? typed[f.name] === "on" : typed[f.name];
  };
  return (
    <form action={formAction} className={className} noValidate aria-label={label}>
      {title && <h2 className="text-xl font-semibold">{title}</h2>}
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
      {whole.slice(state.error === whole[0] ? 1 : 0).map((e) => (
        <p key={e} role="alert" className="text-error text-sm">
          {e}
        </p>
      ))}
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {fields.map((f) => (
        <AdminField
          key={f.name}
          field={f}
          value={valueOf(f)}
          errors={state.fields?.[f.name]}
          idPrefix={idPrefix}
        />
      ))}
      {children}
      <button className="btn btn-primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

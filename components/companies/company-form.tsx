"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { AdminField } from "@/components/admin/form-fields";
import { FormDone } from "@/components/admin/model-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import type { FieldSpec, FieldValues } from "@/lib/admin/types";
import { LOGO_ACCEPT } from "@/lib/companies/constants";

/**
 * The company change form: the admin kit's fields (as ModelForm lays them out) plus the logo,
 * a file input with its own error, the stored logo shown and a "remove" box (Django's
 * ClearableFileInput). What was typed comes back after a refusal; a chosen file must be chosen
 * again, as in any browser form.
 */
export function CompanyForm({
  action,
  fields,
  initial,
  id,
  logoUrl,
  submitLabel,
  label,
}: {
  action: StatefulAction;
  fields: readonly FieldSpec[];
  initial: FieldValues;
  id?: number;
  logoUrl?: string | null;
  submitLabel: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const logoErrors = state.fields?.logo;
  const hint = "PNG, JPEG, GIF or WebP, at most 2 MB.";
  return (
    <form
      action={formAction}
      className="card bg-base-200 max-w-2xl space-y-3 p-6"
      noValidate
      aria-label={label}
    >
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {fields.map((f) => (
        <AdminField
          key={f.name}
          field={f}
          value={state.values ? state.values[f.name] : initial[f.name]}
          errors={state.fields?.[f.name]}
        />
      ))}
      <div className="block space-y-2">
        <label htmlFor="field-logo" className="label-text block">
          Logo
        </label>
        {logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- a stored upload, served from /media/
          <img src={logoUrl} alt="The current logo" className="bg-base-100 max-h-24 rounded p-1" />
        )}
        <input
          id="field-logo"
          name="logo"
          type="file"
          accept={LOGO_ACCEPT}
          aria-invalid={logoErrors?.length ? true : undefined}
          aria-describedby={`field-logo-hint${logoErrors?.length ? " field-logo-error" : ""}`}
          className={`file-input file-input-bordered w-full ${logoErrors?.length ? "file-input-error" : ""}`}
        />
        <span id="field-logo-hint" className="text-base-content/70 block text-sm">
          {hint}
        </span>
        {logoErrors?.length ? (
          <span id="field-logo-error" className="text-error block text-sm">
            {logoErrors[0]}
          </span>
        ) : null}
        {logoUrl && (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="removeLogo" className="checkbox checkbox-sm" />
            Remove the logo
          </label>
        )}
      </div>
      <button className="btn btn-primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

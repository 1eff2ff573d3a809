"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import type { AssetLine } from "@/lib/sponsors/dashboard/utils";

/** The required-assets form (§5.8): pending assets first, each labelled with its due date or a thank-you. */
export function RequiredAssetsForm({
  id,
  lines,
  action,
}: {
  id: number;
  lines: AssetLine[];
  action: StatefulAction;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="card bg-base-200 space-y-4 p-6"
      aria-label="Required assets"
    >
      <FormAlert text={state.error} />
      {state.done && (
        <p role="status" className="text-success">
          {state.done}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      {lines.map((l) => {
        const fid = `asset-${l.field}`;
        const err = state.fields?.[l.field];
        const described =
          [err ? `${fid}-error` : null, l.help ? `${fid}-help` : null].filter(Boolean).join(" ") || undefined;
        const label = `${l.label} ${l.status}`;
        return (
          <div key={l.field}>
            {l.kind === "required_response_asset" ? (
              <fieldset aria-describedby={described}>
                <legend className="label-text">{label}</legend>
                {["Yes", "No"].map((v) => (
                  <label key={v} className="mr-4 inline-flex items-center gap-2">
                    <input
                      type="radio"
                      name={l.field}
                      value={v}
                      defaultChecked={l.value === v}
                      className="radio radio-sm"
                    />
                    {v}
                  </label>
                ))}
              </fieldset>
            ) : (
              <>
                <label htmlFor={fid} className="label-text block">
                  {label}
                </label>
                {l.kind === "required_img_asset" ? (
                  <>
                    {l.value && (
                      <span className="block text-sm">Current file: {l.value.split("/").pop()}</span>
                    )}
                    <input
                      id={fid}
                      type="file"
                      name={l.field}
                      accept="image/png,image/jpeg,image/gif,image/webp"
                      aria-describedby={described}
                      className="file-input file-input-bordered w-full"
                    />
                  </>
                ) : l.maxLength === null || l.maxLength > 256 ? (
                  <textarea
                    id={fid}
                    name={l.field}
                    defaultValue={l.value}
                    maxLength={l.maxLength ?? undefined}
                    rows={4}
                    aria-describedby={described}
                    className="textarea textarea-bordered w-full"
                  />
                ) : (
                  <input
                    id={fid}
                    name={l.field}
                    defaultValue={l.value}
                    maxLength={l.maxLength}
                    aria-describedby={described}
                    className="input input-bordered w-full"
                  />
                )}
              </>
            )}
            {l.help && (
              <span id={`${fid}-help`} className="text-base-content/70 block text-sm">
                {l.help}
              </span>
            )}
            {err && (
              <span id={`${fid}-error`} className="text-error block text-sm">
                {err[0]}
              </span>
            )}
          </div>
        );
      })}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Save assets
      </button>
    </form>
  );
}

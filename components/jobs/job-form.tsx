"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { MarkupPreview } from "@/components/admin/markup-preview";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import { JOB_MARKUP_LABELS, JOB_MARKUP_TYPES } from "@/lib/jobs/constants";

export type JobFormValues = Record<string, string | boolean | string[]>;
type Choice = { id: number; name: string };

/**
 * apps/jobs/forms.py JobForm: the fields, required ones marked, each error beside its field.
 * The form is sent without being reset, so a refused submit keeps everything typed and ticked.
 */
export function JobForm({
  action,
  previewAction,
  initial,
  types,
  categories,
  hidden = {},
  submitLabel,
}: {
  action: StatefulAction;
  previewAction: StatefulAction;
  initial: JobFormValues;
  types: Choice[];
  categories: Choice[];
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  const err = (name: string) => state.fields?.[name];
  const text = (name: string) => (typeof initial[name] === "string" ? (initial[name] as string) : "");
  const field = (name: string, label: string, opts: { hint?: string; type?: string } = {}) => (
    <FormField name={name} label={label} defaultValue={text(name)} errors={err(name)} {...opts} />
  );
  const ticked = new Set(Array.isArray(initial.jobTypeIds) ? initial.jobTypeIds : []);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="card bg-base-200 space-y-4 p-6" aria-label="Job posting">
      <FormAlert text={state.error} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm">Fields marked * are required.</p>
      {field("jobTitle", "Job title *")}
      {field("companyName", "Company name *")}
      <div>
        <label htmlFor="field-categoryId" className="label-text block">
          Category *
        </label>
        <select
          id="field-categoryId"
          name="categoryId"
          defaultValue={text("categoryId")}
          className={`select select-bordered w-full ${err("categoryId") ? "select-error" : ""}`}
          aria-invalid={err("categoryId") ? true : undefined}
          aria-describedby={err("categoryId") ? "field-categoryId-error" : undefined}
        >
          <option value="">Choose a category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="field-categoryId-error" errors={err("categoryId")} />
      </div>
      <fieldset aria-describedby={err("jobTypeIds") ? "field-jobTypeIds-error" : undefined}>
        <legend className="label-text">Job types</legend>
        <div className="flex flex-wrap gap-4">
          {types.map((t) => (
            <label key={t.id} className="flex items-center gap-2">
              <input type="checkbox" className="checkbox" name="jobTypeIds" value={t.id} defaultChecked={ticked.has(String(t.id))} />
              {t.name}
            </label>
          ))}
        </div>
        <FieldError id="field-jobTypeIds-error" errors={err("jobTypeIds")} />
      </fieldset>
      {field("otherJobType", "Other job type", { hint: "A kind of work the list above does not name." })}
      {field("city", "City *")}
      {field("region", "State, Province or Region")}
      {field("country", "Country *")}
      <MarkupField name="description" label="Job description *" initial={initial} errors={err("description")} preview={previewAction} />
      <MarkupField name="requirements" label="Job requirements *" initial={initial} errors={err("requirements")} preview={previewAction} />
      <MarkupField name="companyDescription" label="Company description" initial={initial} errors={err("companyDescription")} preview={previewAction} />
      {field("contact", "Contact name")}
      {field("email", "Contact email *", { type: "email", hint: "This address is displayed publicly on the job posting." })}
      {field("url", "Website *", { type: "url", hint: "The job's page on your site, starting with https://." })}
      <Tick name="telecommuting" label="Remote work (telecommuting) is possible" initial={initial} />
      <Tick name="agencies" label="Agencies may contact us about this job" initial={initial} />
      <button className="btn btn-primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <span id={id} className="text-error block text-sm">
      {errors[0]}
    </span>
  ) : null;
}

function Tick({ name, label, initial }: { name: string; label: string; initial: JobFormValues }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" className="checkbox" name={name} defaultChecked={initial[name] === true} />
      {label}
    </label>
  );
}

function MarkupField({
  name,
  label,
  initial,
  errors,
  preview,
}: {
  name: string;
  label: string;
  initial: JobFormValues;
  errors?: string[];
  preview: StatefulAction;
}) {
  const id = `field-${name}`;
  const typeName = `${name}MarkupType`;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="label-text block">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={8}
        defaultValue={typeof initial[name] === "string" ? (initial[name] as string) : ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={`textarea textarea-bordered w-full ${errors?.length ? "textarea-error" : ""}`}
      />
      <FieldError id={`${id}-error`} errors={errors} />
      <label htmlFor={`${id}-type`} className="label-text block">
        {label.replace(" *", "")} is written in
      </label>
      <select id={`${id}-type`} name={typeName} defaultValue={String(initial[typeName] ?? "markdown")} className="select select-bordered select-sm">
        {JOB_MARKUP_TYPES.map((t) => (
          <option key={t} value={t}>
            {JOB_MARKUP_LABELS[t]}
          </option>
        ))}
      </select>
      <MarkupPreview action={preview} source={name} type={typeName} initialHtml="" label={`${label.replace(" *", "")} preview`} />
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Honeypot } from "@/components/ui/honeypot";
import type { FormState } from "@/lib/actions/types";
import { submitStoryAction } from "@/lib/success-stories/actions";
import type { StoryCategoryLink } from "@/lib/success-stories/types";


function Described({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="text-base-content/70 block text-sm">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${id}-error`} className="text-error block text-sm">
          {errors[0]}
        </span>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;

function TextArea(props: { name: string; label: string; rows: number; hint?: string; state: FormState }) {
  const id = `field-${props.name}`;
  const errors = props.state.fields?.[props.name];
  return (
    <div className="block">
      <label htmlFor={id} className="label-text block">
        {props.label}
      </label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        defaultValue={props.state.values?.[props.name]}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, errors)}
        className={`textarea textarea-bordered w-full ${errors?.length ? "textarea-error" : ""}`}
      />
      <Described id={id} hint={props.hint} errors={errors} />
    </div>
  );
}

/** templates/successstories/story_form.html: StoryForm with the honeypot. */
export function StoryForm({ categories }: { categories: StoryCategoryLink[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(submitStoryAction, {});
  const f = state.fields ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="card bg-base-200 max-w-2xl space-y-3 p-6" noValidate>
      {state.done && (
        <p role="status" className="alert alert-success">
          {state.done}
        </p>
      )}
      <FormAlert text={state.error} />
      <FormField name="name" label="Story name" defaultValue={v.name} errors={f.name} />
      <FormField name="companyName" label="Company name" defaultValue={v.companyName} errors={f.companyName} />
      <FormField name="companyUrl" label="Company URL" type="url" defaultValue={v.companyUrl} errors={f.companyUrl} />
      <div className="block">
        <label htmlFor="field-categoryId" className="label-text block">
          Category
        </label>
        {/* Keyed by the kept value: a form action resets the form, and a select keeps no changed default. */}
        <select
          key={v.categoryId ?? ""}
          id="field-categoryId"
          name="categoryId"
          defaultValue={v.categoryId ?? ""}
          aria-invalid={f.categoryId?.length ? true : undefined}
          aria-describedby={describedBy("field-categoryId", undefined, f.categoryId)}
          className="select select-bordered w-full"
        >
          <option value="">Choose a category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Described id="field-categoryId" errors={f.categoryId} />
      </div>
      <FormField name="author" label="Author" defaultValue={v.author} errors={f.author} />
      <FormField
        name="authorEmail"
        label="Author email (optional)"
        type="email"
        defaultValue={v.authorEmail}
        errors={f.authorEmail}
        hint="The PSF staff may write to this address about the story."
      />
      <TextArea name="pullQuote" label="Pull quote" rows={3} state={state} />
      <TextArea name="content" label="Content" rows={14} state={state} hint="Markdown is preferred." />
      <div className="block">
        <label htmlFor="field-image" className="label-text block">
          Image (optional)
        </label>
        <input
          id="field-image"
          name="image"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={describedBy("field-image", "PNG, JPEG or WebP, at most 5 MB.", f.image)}
          className="file-input file-input-bordered w-full"
        />
        <Described id="field-image" hint="PNG, JPEG or WebP, at most 5 MB." errors={f.image} />
      </div>
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        Submit your story
      </button>
    </form>
  );
}

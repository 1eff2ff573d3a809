"use client";

import { useActionState, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormDone } from "@/components/admin/model-form";
import type { FormState, StatefulAction } from "@/lib/actions/types";

/** Upload one image or document to a page (the action checks type and size again on the server). */
export function AttachmentUploadForm({
  action,
  pageId,
  maxMegabytes,
}: {
  action: StatefulAction;
  pageId: number;
  maxMegabytes: number;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const fileError = state.fields?.file?.[0];
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Upload an attachment">
      <input type="hidden" name="pageId" value={pageId} />
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Kind</legend>
        <label className="label cursor-pointer gap-2">
          <input type="radio" name="kind" value="image" className="radio radio-sm" defaultChecked />
          Image (PNG, JPEG, GIF, WebP)
        </label>
        <label className="label cursor-pointer gap-2">
          <input type="radio" name="kind" value="document" className="radio radio-sm" />
          Document (PDF, text, archives, office files)
        </label>
      </fieldset>
      <fieldset className="fieldset">
        <label className="fieldset-legend" htmlFor="attachment-file">
          File (up to {maxMegabytes} MB)
        </label>
        <input
          id="attachment-file"
          type="file"
          name="file"
          required
          className="file-input file-input-sm"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "attachment-file-error" : undefined}
        />
        {fileError && (
          <p id="attachment-file-error" className="text-error text-sm">
            {fileError}
          </p>
        )}
      </fieldset>
      <button className="btn btn-sm btn-primary" disabled={pending}>
        {pending ? "Uploading…" : "Upload"}
      </button>
      <div className="basis-full">
        <FormDone text={state.done} />
        <FormAlert text={fileError ? undefined : state.error} />
      </div>
    </form>
  );
}

/** A read-only text to copy (a URL or a snippet), with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="join w-full">
      <input
        ref={input}
        readOnly
        value={value}
        aria-label={label}
        className="input input-xs join-item w-full font-mono"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="btn btn-xs join-item"
        onClick={async () => {
          input.current?.select();
          await navigator.clipboard?.writeText(value).catch(() => {});
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy"}
        <span className="sr-only"> {label}</span>
      </button>
    </div>
  );
}

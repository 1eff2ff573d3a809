"use client";

import { useState, useTransition } from "react";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import { FormAlert } from "@/components/ui/form-alert";
import { CodeSampleSlide } from "@/components/code-samples/code-sample-slide";

/**
 * Inside the sample's form: "Preview" sends what is typed to the preview action (which renders
 * and sanitizes it exactly as saving would, and stores nothing) and shows the slide as the home
 * page will.
 */
export function SamplePreview({
  action,
  initial,
}: {
  action: StatefulAction;
  initial: { codeHtml: string; copyHtml: string } | null;
}) {
  const [preview, setPreview] = useState(initial);
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  // A plain button, not a form action: React resets a form after its actions, which would
  // throw away what the editor is typing.
  const run = (button: HTMLButtonElement) =>
    startTransition(async () => {
      if (!button.form) return;
      const next = await action({}, new FormData(button.form));
      setState(next);
      if (next.data?.codeHtml !== undefined)
        setPreview({ codeHtml: next.data.codeHtml, copyHtml: next.data.copyHtml ?? "" });
    });
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={(e) => run(e.currentTarget)}
        className="btn btn-outline btn-sm"
        disabled={pending}
      >
        Preview
      </button>
      <FormAlert text={state.error} />
      {state.fields &&
        Object.values(state.fields)
          .flat()
          .map((e) => (
            <p key={e} role="alert" className="text-error text-sm">
              {e}
            </p>
          ))}
      <section aria-label="Preview on the home page" aria-live="polite" className="space-y-1">
        <h2 className="font-semibold">Preview on the home page</h2>
        {preview ? (
          <div className="rounded-box bg-neutral text-neutral-content" data-testid="code-sample-preview">
            <CodeSampleSlide sample={preview} />
          </div>
        ) : (
          <p className="text-base-content/70 text-sm">Press Preview to see the sample as it will show.</p>
        )}
      </section>
    </div>
  );
}

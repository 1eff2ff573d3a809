"use client";

import { useActionState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import { FormDone } from "./model-form";

export type PendingItem = { id: number; title: string; meta?: string; body?: ReactNode };

/** One pending item with its decision form: approve, or reject with a comment. */
function PendingCard({ item, action }: { item: PendingItem; action: StatefulAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const commentId = `moderation-${item.id}-comment`;
  const error = state.fields?.comment?.[0];
  return (
    <article className="card bg-base-200 space-y-2 p-4" aria-labelledby={`moderation-${item.id}-title`}>
      <h2 id={`moderation-${item.id}-title`} className="font-semibold">
        {item.title}
      </h2>
      {item.meta && <p className="text-base-content/70 text-sm">{item.meta}</p>}
      {item.body}
      <FormDone text={state.done} />
      {!state.done && (
        <form action={formAction} className="space-y-2" noValidate>
          <FormAlert text={state.error} />
          <input type="hidden" name="id" value={item.id} />
          <label htmlFor={commentId} className="label-text block">
            Comment for the submitter (needed to reject)
          </label>
          <textarea
            id={commentId}
            name="comment"
            rows={2}
            defaultValue={state.values?.comment}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${commentId}-error` : undefined}
            className={`textarea textarea-bordered w-full ${error ? "textarea-error" : ""}`}
          />
          {error && (
            <span id={`${commentId}-error`} className="text-error block text-sm">
              {error}
            </span>
          )}
          <div className="flex gap-2">
            <button className="btn btn-sm btn-success" name="decision" value="approve" disabled={pending}>
              Approve
              <span className="sr-only"> {item.title}</span>
            </button>
            <button className="btn btn-sm btn-error" name="decision" value="reject" disabled={pending}>
              Reject
              <span className="sr-only"> {item.title}</span>
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

/**
 * The moderation-queue pattern (jobs awaiting review, submitted events): the pending items,
 * oldest first as the loader gives them, each approved or rejected with a comment through a
 * `moderationAction` (lib/admin/services), which authorizes again on the server.
 */
export function ModerationQueue({
  label,
  items,
  action,
  empty = "Nothing is waiting for review.",
}: {
  label: string;
  items: readonly PendingItem[];
  action: StatefulAction;
  empty?: string;
}) {
  return (
    <section aria-label={label} className="space-y-3">
      <p role="status" className="text-sm">
        {items.length} waiting
      </p>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        items.map((item) => <PendingCard key={item.id} item={item} action={action} />)
      )}
    </section>
  );
}

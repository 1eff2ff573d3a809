"use client";

import { useActionState } from "react";
import { FormDone } from "@/components/admin/model-form";
import { DateTime } from "@/components/ui/date-time";
import { FormAlert } from "@/components/ui/form-alert";
import { Markup } from "@/components/ui/markup";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import type { JobReviewCommentView } from "@/lib/jobs/types";

/**
 * JobDetail's review thread: the comments, and for the owner or a job-board admin the comment
 * form; admins get Approve and Reject, which save the comment and decide in one step.
 */
export function ReviewComments({
  jobId,
  comments,
  action,
  isAdmin,
  canDecide,
}: {
  jobId: number;
  comments: JobReviewCommentView[];
  action: StatefulAction;
  isAdmin: boolean;
  canDecide: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <section aria-labelledby="review-comments" className="border-base-300 space-y-3 rounded-box border p-4">
      <h2 id="review-comments" className="text-xl font-semibold">
        Review comments
      </h2>
      {comments.length === 0 ? (
        <p>No review comments yet.</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="bg-base-200 rounded p-3" data-testid="review-comment">
              <p className="text-sm">
                {c.author ?? "Someone"} · <DateTime value={c.created} withTime />
              </p>
              <Markup html={c.html} />
            </li>
          ))}
        </ol>
      )}
      <form action={formAction} className="space-y-2" aria-label="Add a review comment">
        <FormDone text={state.done} />
        <FormAlert text={state.error} />
        <input type="hidden" name="jobId" value={jobId} />
        <label htmlFor="review-comment" className="label-text block">
          Comment (Markdown)
        </label>
        <textarea
          id="review-comment"
          name="comment"
          rows={4}
          defaultValue={state.error ? state.values?.comment : ""}
          className="textarea textarea-bordered w-full"
          aria-describedby={state.fields?.comment ? "review-comment-error" : undefined}
        />
        {state.fields?.comment && (
          <span id="review-comment-error" className="text-error block text-sm">
            {state.fields.comment[0]}
          </span>
        )}
        <div className="flex flex-wrap gap-2">
          <button className="btn btn-primary btn-sm" disabled={pending}>
            Add comment
          </button>
          {isAdmin && canDecide && (
            <>
              <button className="btn btn-success btn-sm" name="action" value="approve" disabled={pending}>
                Comment and approve
              </button>
              <button className="btn btn-error btn-sm" name="action" value="reject" disabled={pending}>
                Comment and reject
              </button>
            </>
          )}
        </div>
      </form>
    </section>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormDone } from "@/components/admin/model-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";

/** One button that posts a job id (Submit for Approval, Remove), then follows the answer. */
export function JobButton({
  action,
  jobId,
  label,
  className = "btn btn-primary",
  disabled = false,
}: {
  action: StatefulAction;
  jobId: number;
  label: string;
  className?: string;
  /** Shown but inactive (a job already submitted): the button stays mounted, so its answer is followed. */
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  return (
    <form action={formAction} className="space-y-2">
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="action" value="review" />
      <button className={className} disabled={pending || disabled}>
        {label}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import { FormDone } from "./model-form";

/** "Run now" for one background function: the run is recorded, then listed below it. */
export function RunNowButton({ action, functionId }: { action: StatefulAction; functionId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="functionId" value={functionId} />
      <button className="btn btn-sm btn-primary" disabled={pending}>
        {pending ? "Running…" : "Run now"}
        <span className="sr-only"> {functionId}</span>
      </button>
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
    </form>
  );
}

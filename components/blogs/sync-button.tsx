"use client";

import { useActionState } from "react";
import { FormDone } from "@/components/admin/model-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";

/** FeedAdmin's "Sync new blog entries" action, as one button. */
export function SyncFeedsButton({ action }: { action: StatefulAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <button className="btn btn-sm btn-primary" disabled={pending}>
        Sync new blog entries
      </button>
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
    </form>
  );
}

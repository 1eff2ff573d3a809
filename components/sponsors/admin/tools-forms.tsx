"use client";

import { useActionState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

function Tool({
  label,
  action,
  button,
  children,
}: {
  label: string;
  action: StatefulAction;
  button: string;
  children?: (s: FormState) => ReactNode;
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={run} aria-label={label} className="card bg-base-200 space-y-3 p-4" noValidate>
      <h2 className="text-xl font-semibold">{label}</h2>
      {children?.(state)}
      <button type="submit" className="btn btn-sm" disabled={pending}>
        {button}
      </button>
      {state.done ? (
        <p role="status" className="text-success whitespace-pre-line">
          {state.done}
        </p>
      ) : (
        <FormAlert text={state.error} />
      )}
    </form>
  );
}

/** The sponsor management commands (§4.2) as forms: reminders, create_contracts, reset_sponsorship_benefits. */
export function SponsorTools({
  reminders,
  createContracts,
  reset,
  vouchers,
}: {
  reminders: StatefulAction;
  createContracts: StatefulAction;
  reset: StatefulAction;
  vouchers: StatefulAction;
}) {
  return (
    <div className="space-y-6">
      <Tool label="Asset due date reminders" action={reminders} button="Send reminders">
        {(s) => (
          <FormField
            name="numDays"
            label="Days before the due date"
            type="number"
            defaultValue="7"
            errors={s.fields?.numDays}
          />
        )}
      </Tool>
      <Tool label="Create missing contracts" action={createContracts} button="Create contracts" />
      <Tool label="Reset sponsorship benefits" action={reset} button="Reset benefits">
        {(s) => (
          <>
            <FormField name="ids" label="Sponsorship ids" errors={s.fields?.ids} />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="dryRun" className="checkbox checkbox-sm" defaultChecked />
              <span>Dry run</span>
            </label>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="updateYear" className="checkbox checkbox-sm" />
              <span>Update the year to the package&apos;s</span>
            </label>
          </>
        )}
      </Tool>
      <Tool label="PyCon vouchers" action={vouchers} button="Create vouchers">
        {(s) => <FormField name="year" label="PyCon year" type="number" errors={s.fields?.year} />}
      </Tool>
    </div>
  );
}

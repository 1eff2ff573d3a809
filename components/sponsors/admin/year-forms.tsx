"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

function Result({ state }: { state: FormState }) {
  return state.done ? (
    <p role="status" className="text-success">
      {state.done}
    </p>
  ) : (
    <FormAlert text={state.error} />
  );
}

/** The active-year form and the clone-year-config form (§5.9) of the configuration screen. */
export function YearForms({
  current,
  years,
  setYear,
  clone,
}: {
  current: number | null;
  years: number[];
  setYear: StatefulAction;
  clone: StatefulAction;
}) {
  const [yearState, yearAction, savingYear] = useActionState<FormState, FormData>(setYear, {});
  const [cloneState, cloneAction, cloning] = useActionState<FormState, FormData>(clone, {});
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form action={yearAction} className="card bg-base-200 space-y-3 p-4" aria-label="Active year">
        <h2 className="text-xl font-semibold">Active year</h2>
        <Result state={yearState} />
        <FormField
          name="year"
          label="Year new applications belong to"
          type="number"
          defaultValue={current ? String(current) : ""}
          errors={yearState.fields?.year}
        />
        <button type="submit" className="btn btn-sm btn-primary" disabled={savingYear}>
          Save
        </button>
      </form>
      <form action={cloneAction} className="card bg-base-200 space-y-3 p-4" aria-label="Clone a year">
        <h2 className="text-xl font-semibold">Clone a year&apos;s configuration</h2>
        <Result state={cloneState} />
        <div>
          <label htmlFor="field-fromYear" className="label-text block">
            Clone from
          </label>
          <select id="field-fromYear" name="fromYear" className="select select-bordered w-full">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <FormField name="targetYear" label="Into year" type="number" errors={cloneState.fields?.targetYear} />
        <button type="submit" className="btn btn-sm" disabled={cloning}>
          Clone
        </button>
      </form>
    </div>
  );
}

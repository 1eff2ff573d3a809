"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

type Pkg = { id: number; name: string; year: number | null; sponsorshipAmount: number };

function Done({ state }: { state: FormState }) {
  return state.done ? (
    <p role="status" className="text-success">
      {state.done}
    </p>
  ) : (
    <FormAlert text={state.error} />
  );
}

/** The change page's buttons (views_admin: approve, reject, enable-edit, lock, unlock), each answering in place. */
export function SponsorshipActions({
  id,
  status,
  locked,
  packages,
  initial,
  approve,
  workflow,
}: {
  id: number;
  status: string;
  locked: boolean;
  packages: Pkg[];
  initial: { packageId: number | null; fee: number | null; start: string; end: string };
  approve: StatefulAction;
  workflow: StatefulAction;
}) {
  const [approved, approveAction, approving] = useActionState<FormState, FormData>(approve, {});
  const [flow, flowAction, flowing] = useActionState<FormState, FormData>(workflow, {});
  const err = (n: string) => approved.fields?.[n];
  const button = (op: string, label: string, cls = "btn btn-sm") => (
    <button type="submit" name="op" value={op} className={cls} disabled={flowing}>
      {label}
    </button>
  );
  return (
    <div className="space-y-6">
      <form
        action={flowAction}
        className="flex flex-wrap items-center gap-2"
        aria-label="Sponsorship workflow"
      >
        <input type="hidden" name="id" value={id} />
        {status === "applied" && button("reject", "Reject", "btn btn-sm btn-error")}
        {status !== "finalized" && status !== "applied" && button("rollback", "Rollback to edit")}
        {locked ? button("unlock", "Unlock") : button("lock", "Lock")}
        <Done state={flow} />
      </form>
      {status === "applied" && (
        <form
          action={approveAction}
          className="card bg-base-200 space-y-3 p-4"
          aria-label="Approve sponsorship"
          noValidate
        >
          <h2 className="text-xl font-semibold">Approve</h2>
          {approved.error && <FormAlert text={approved.error} />}
          <input type="hidden" name="id" value={id} />
          <FormField
            name="startDate"
            label="Start date"
            type="date"
            defaultValue={initial.start}
            errors={err("startDate")}
          />
          <FormField
            name="endDate"
            label="End date"
            type="date"
            defaultValue={initial.end}
            errors={err("endDate")}
          />
          <div>
            <label htmlFor="field-packageId" className="label-text block">
              Package
            </label>
            <select
              id="field-packageId"
              name="packageId"
              defaultValue={initial.packageId ?? ""}
              className="select select-bordered w-full"
            >
              {packages.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.year ?? "no year"}, ${p.sponsorshipAmount.toLocaleString("en-US")})
                </option>
              ))}
            </select>
          </div>
          <FormField
            name="sponsorshipFee"
            label="Sponsorship fee (USD)"
            type="number"
            defaultValue={initial.fee === null ? "" : String(initial.fee)}
            errors={err("sponsorshipFee")}
          />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="renewal" className="checkbox checkbox-sm" />
            <span>Renewal</span>
          </label>
          <button type="submit" className="btn btn-primary btn-sm" disabled={approving}>
            Approve
          </button>
        </form>
      )}
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

type Contract = {
  id: number;
  status: string;
  statusLabel: string;
  revision: number;
  documentUrl: string | null;
  documentDocxUrl: string | null;
  signedUrl: string | null;
  sponsorInfo: string;
  sponsorContact: string;
  benefitsList: string;
  legalClauses: string;
};

const DRAFT_FIELDS = [
  ["sponsorInfo", "Sponsor info", 2],
  ["sponsorContact", "Sponsor contact", 2],
  ["benefitsList", "Benefits list (Markdown, footnotes to the clauses)", 8],
  ["legalClauses", "Legal clauses (footnote definitions)", 6],
] as const;

function Answer({ state }: { state: FormState }) {
  if (state.done)
    return (
      <p role="status" className="text-success">
        {state.done}
      </p>
    );
  // A field's message (the signed document is required) is the one the person needs to read.
  const fieldErrors = [...new Set(Object.values(state.fields ?? {}).flat())];
  return (
    <>
      <FormAlert text={state.error} />
      {fieldErrors.map((e) => (
        <p key={e} className="text-error text-sm">
          {e}
        </p>
      ))}
    </>
  );
}

/**
 * The contract of a sponsorship (ContractModelAdmin, §5.9): preview as PDF or DOCX, send,
 * execute with the signed document, nullify, back to draft; and, while the sponsorship is still
 * an application, approve with an already-signed contract (pythondotorg#1845). Every button is
 * there whatever the status: a move §5.3 forbids answers with its message.
 */
export function ContractActions({
  sponsorshipId,
  sponsorshipStatus,
  contract,
  packages,
  op,
  execute,
  approveExisting,
  saveDraft,
}: {
  sponsorshipId: number;
  sponsorshipStatus: string;
  contract: Contract | null;
  packages: { id: number; name: string; year: number | null }[];
  op: StatefulAction;
  execute: StatefulAction;
  approveExisting: StatefulAction;
  saveDraft: StatefulAction;
}) {
  const [opState, opAction, opPending] = useActionState<FormState, FormData>(op, {});
  const [exState, exAction, exPending] = useActionState<FormState, FormData>(execute, {});
  const [apState, apAction, apPending] = useActionState<FormState, FormData>(approveExisting, {});
  const [drState, drAction, drPending] = useActionState<FormState, FormData>(saveDraft, {});
  const preview = `/admin/sponsors/${sponsorshipId}/contract/`;
  return (
    <section aria-labelledby="contract" className="space-y-3">
      <h2 id="contract" className="text-xl font-semibold">
        Contract
      </h2>
      {contract ? (
        <>
          <p data-testid="contract-status">
            Status: {contract.statusLabel} · revision {contract.revision}
          </p>
          <p className="flex flex-wrap gap-4">
            <a className="link" href={`${preview}?format=pdf`}>
              Preview PDF
            </a>
            <a className="link" href={`${preview}?format=docx`}>
              Preview DOCX
            </a>
            {contract.documentUrl && (
              <a className="link" href={contract.documentUrl}>
                Sent PDF
              </a>
            )}
            {contract.documentDocxUrl && (
              <a className="link" href={contract.documentDocxUrl}>
                Sent DOCX
              </a>
            )}
            {contract.signedUrl && (
              <a className="link" href={contract.signedUrl}>
                Signed contract
              </a>
            )}
          </p>
          <form
            action={opAction}
            className="flex flex-wrap items-center gap-2"
            aria-label="Contract workflow"
          >
            <input type="hidden" name="id" value={contract.id} />
            <input type="hidden" name="sponsorshipId" value={sponsorshipId} />
            {(
              [
                ["send", "Send contract"],
                ["nullify", "Nullify contract"],
                ["draft", "Back to draft"],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="submit"
                name="op"
                value={value}
                className="btn btn-sm"
                disabled={opPending}
              >
                {label}
              </button>
            ))}
            <Answer state={opState} />
          </form>
          {contract.status === "draft" && (
            <form action={drAction} className="card bg-base-200 space-y-2 p-4" aria-label="Contract draft">
              <input type="hidden" name="id" value={contract.id} />
              <input type="hidden" name="sponsorshipId" value={sponsorshipId} />
              {DRAFT_FIELDS.map(([name, label, rows]) => (
                <div key={name}>
                  <label htmlFor={`draft-${name}`} className="label-text block">
                    {label}
                  </label>
                  <textarea
                    id={`draft-${name}`}
                    name={name}
                    rows={rows}
                    defaultValue={contract[name]}
                    className="textarea textarea-bordered w-full font-mono text-sm"
                  />
                </div>
              ))}
              <button type="submit" className="btn btn-sm" disabled={drPending}>
                Save draft
              </button>
              <Answer state={drState} />
            </form>
          )}
          <form action={exAction} className="card bg-base-200 space-y-2 p-4" aria-label="Execute contract">
            <input type="hidden" name="id" value={contract.id} />
            <input type="hidden" name="sponsorshipId" value={sponsorshipId} />
            <label className="label-text block" htmlFor="field-signedDocument">
              Signed contract (PDF)
            </label>
            <input
              id="field-signedDocument"
              type="file"
              name="signedDocument"
              accept="application/pdf"
              className="file-input file-input-bordered file-input-sm"
            />
            <button type="submit" className="btn btn-primary btn-sm" disabled={exPending}>
              Execute contract
            </button>
            <Answer state={exState} />
          </form>
        </>
      ) : (
        <p>No contract yet: approving the sponsorship makes a draft.</p>
      )}
      {sponsorshipStatus === "applied" && (
        <form
          action={apAction}
          className="card bg-base-200 space-y-3 p-4"
          aria-label="Approve with signed contract"
          noValidate
        >
          <h3 className="font-semibold">Approve with an already-signed contract</h3>
          <input type="hidden" name="id" value={sponsorshipId} />
          <FormField
            name="startDate"
            id="existing-startDate"
            label="Start date"
            type="date"
            errors={apState.fields?.startDate}
          />
          <FormField
            name="endDate"
            id="existing-endDate"
            label="End date"
            type="date"
            errors={apState.fields?.endDate}
          />
          <div>
            <label htmlFor="existing-packageId" className="label-text block">
              Package
            </label>
            <select id="existing-packageId" name="packageId" className="select select-bordered w-full">
              {packages.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.year ?? "no year"})
                </option>
              ))}
            </select>
          </div>
          <FormField
            name="sponsorshipFee"
            id="existing-sponsorshipFee"
            label="Sponsorship fee (USD)"
            type="number"
            errors={apState.fields?.sponsorshipFee}
          />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="renewal" className="checkbox checkbox-sm" />
            <span>Renewal</span>
          </label>
          <label className="label-text block" htmlFor="existing-signedDocument">
            Signed contract (PDF)
          </label>
          <input
            id="existing-signedDocument"
            type="file"
            name="signedDocument"
            accept="application/pdf"
            className="file-input file-input-bordered file-input-sm"
          />
          <button type="submit" className="btn btn-sm" disabled={apPending}>
            Approve and execute
          </button>
          <Answer state={apState} />
        </form>
      )}
    </section>
  );
}

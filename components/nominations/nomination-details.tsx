import { Markup } from "@/components/ui/markup";
import type { NominationRow } from "@/lib/nominations/types";
import { PREVIOUS_SERVICE_LABEL, type NominationFormKind } from "@/lib/nominations/constants";

/** A nomination's facts and its rendered statement (stored sanitized on save). */
export function NominationDetails({
  nomination: n,
  form,
  hidePreviousService,
}: {
  nomination: NominationRow;
  form: NominationFormKind;
  hidePreviousService: boolean;
}) {
  const nominator = n.nominator
    ? [n.nominator.firstName, n.nominator.lastName].filter(Boolean).join(" ") || n.nominator.username
    : "";
  return (
    <div className="space-y-3">
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Nominee</dt>
        <dd>{n.name}</dd>
        {!hidePreviousService && n.previousBoardService && (
          <>
            <dt className="font-semibold">{PREVIOUS_SERVICE_LABEL[form]}</dt>
            <dd>{n.previousBoardService}</dd>
          </>
        )}
        {n.employer && (
          <>
            <dt className="font-semibold">Employer</dt>
            <dd>{n.employer}</dd>
          </>
        )}
        {n.otherAffiliations && (
          <>
            <dt className="font-semibold">Other affiliations</dt>
            <dd>{n.otherAffiliations}</dd>
          </>
        )}
        {nominator && (
          <>
            <dt className="font-semibold">Nominated by</dt>
            <dd>{nominator}</dd>
          </>
        )}
        <dt className="font-semibold">Accepted</dt>
        <dd>{n.accepted ? "Yes" : "Not yet"}</dd>
        <dt className="font-semibold">Approved</dt>
        <dd>{n.approved ? "Yes" : "Not yet"}</dd>
      </dl>
      <section aria-label="Nomination statement" className="max-w-2xl">
        <Markup html={n.nominationStatementRendered} />
      </section>
    </div>
  );
}

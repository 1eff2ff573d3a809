import type { Metadata } from "next";
import { ElectionHeader } from "@/components/nominations/election-header";
import { NominationForm } from "@/components/nominations/nomination-form";
import { loadNominationEdit } from "@/lib/nominations/loaders";
import { parsePreviousService, serviceYears } from "@/lib/nominations/utils";

type Props = { params: Promise<{ election: string; pk: string }> };

export const metadata: Metadata = { title: "Edit a nomination", robots: { index: false } };

// apps/nominations NominationEdit: 403 unless editable; previous service prefilled from the stored text.
export default async function NominationEditPage({ params }: Props) {
  const { election: slug, pk } = await params;
  const { election, nomination: n } = await loadNominationEdit(slug, pk);
  const form = election.kind?.nominationForm ?? "board";
  const previous = parsePreviousService(n.previousBoardService, form);
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading={`Edit the nomination of ${n.name}`} />
      <NominationForm
        mode="edit"
        id={n.id}
        election={election.slug}
        form={form}
        hidePreviousService={election.hidePreviousService}
        years={serviceYears(form)}
        initial={{
          name: n.name,
          email: n.email,
          employer: n.employer,
          otherAffiliations: n.otherAffiliations,
          nominationStatement: n.nominationStatement,
          previousService: previous.answer,
          previousServiceYears: previous.years,
        }}
      />
    </div>
  );
}

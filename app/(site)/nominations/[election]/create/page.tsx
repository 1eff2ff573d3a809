import type { Metadata } from "next";
import { ElectionHeader } from "@/components/nominations/election-header";
import { NominationForm } from "@/components/nominations/nomination-form";
import { loadNominationCreate } from "@/lib/nominations/loaders";
import { serviceYears } from "@/lib/nominations/utils";

type Props = { params: Promise<{ election: string }> };

export const metadata: Metadata = { title: "Make a nomination", robots: { index: false } };

// apps/nominations NominationCreate: sign in; 404 unless nominations are open; the kind's form.
export default async function NominationCreatePage({ params }: Props) {
  const { election } = await loadNominationCreate((await params).election);
  const form = election.kind?.nominationForm ?? "board";
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading={`Nominate for ${election.name}`} />
      <NominationForm
        mode="create"
        election={election.slug}
        form={form}
        hidePreviousService={election.hidePreviousService}
        years={serviceYears(form)}
        initial={{}}
      />
    </div>
  );
}

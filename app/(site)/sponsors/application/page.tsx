import type { Metadata } from "next";
import { Box } from "@/components/boxes/box";
import { BenefitsForm } from "@/components/sponsors/benefits-form";
import { loadBoxes } from "@/lib/boxes/loaders";
import { FLAGS } from "@/lib/flags/constants";
import { loadFlagActiveForEveryone } from "@/lib/flags/loaders";
import { selectBenefitsAction } from "@/lib/sponsors/application/actions";
import { loadStepOne } from "@/lib/sponsors/application/loaders";
import { toApplicationView } from "@/lib/sponsors/application/utils";
import { APPLICATION_MESSAGES } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Sponsorship application" };

type Props = { searchParams: Promise<{ config_year?: string; missing?: string }> };

/** /sponsors/application/ (SelectSponsorshipApplicationBenefitsView): step 1, closed behind its flag. */
export default async function SponsorshipApplicationPage({ searchParams }: Props) {
  const { config_year, missing } = await searchParams;
  const [open, boxes] = await Promise.all([
    loadFlagActiveForEveryone(FLAGS.sponsorshipApplicationsOpen),
    loadBoxes(["sponsorship-application", "sponsorship-application-closed"]),
  ]);
  if (!open)
    return (
      <article className="space-y-4">
        <h1 className="text-3xl font-bold">Sponsorship application</h1>
        <Box label="sponsorship-application-closed" html={boxes["sponsorship-application-closed"]} />
      </article>
    );
  const { config, saved, preview } = await loadStepOne(config_year);
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">Sponsorship application</h1>
      {preview && (
        <p role="status" className="alert alert-info">
          Staff preview of the {preview} configuration.
        </p>
      )}
      {missing && (
        <p role="alert" className="alert alert-warning">
          {APPLICATION_MESSAGES.selectFirst}
        </p>
      )}
      <Box label="sponsorship-application" html={boxes["sponsorship-application"]} />
      <BenefitsForm action={selectBenefitsAction} view={toApplicationView(config)} saved={saved} />
    </article>
  );
}

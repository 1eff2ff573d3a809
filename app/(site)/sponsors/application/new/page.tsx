import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationForm } from "@/components/sponsors/application-form";
import { createApplicationAction } from "@/lib/sponsors/application/actions";
import { loadStepTwo } from "@/lib/sponsors/application/loaders";

export const metadata: Metadata = {
  title: "Sponsorship application: sponsor information",
  robots: { index: false },
};

/** /sponsors/application/new/ (NewSponsorshipApplicationView): signed in, with a step 1 selection. */
export default async function NewSponsorshipApplicationPage() {
  const { saved, summary, sponsors } = await loadStepTwo();
  const inPackage = (b: { packages: { packageId: number }[] }) =>
    saved.packageId !== null && b.packages.some((p) => p.packageId === saved.packageId);
  const pkgBenefits = summary.benefits.filter(inPackage);
  const added = summary.benefits.filter((b) => !inPackage(b));
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">Sponsorship application</h1>
      <section aria-labelledby="selection" className="card bg-base-200 space-y-2 p-6">
        <h2 id="selection" className="text-xl font-semibold">
          Your selection
        </h2>
        <p>
          Package: <strong>{summary.pkg?.name ?? "Standalone benefits only"}</strong>
        </p>
        {pkgBenefits.length > 0 && (
          <ul className="list-disc pl-6">
            {pkgBenefits.map((b) => (
              <li key={b.id}>
                {b.program.name} – {b.name}
              </li>
            ))}
          </ul>
        )}
        {added.length > 0 && (
          <>
            <h3 className="font-semibold">Added benefits</h3>
            <ul className="list-disc pl-6">
              {added.map((b) => (
                <li key={b.id}>
                  {b.program.name} – {b.name}
                </li>
              ))}
            </ul>
          </>
        )}
        <Link href="/sponsors/application/" className="link">
          Change the selection
        </Link>
      </section>
      <ApplicationForm action={createApplicationAction} sponsors={sponsors} />
    </article>
  );
}

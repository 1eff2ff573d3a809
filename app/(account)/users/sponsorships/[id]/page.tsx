import type { Metadata } from "next";
import Link from "next/link";
import { ProvidedAssets } from "@/components/sponsors/provided-assets";
import { RequiredAssetsForm } from "@/components/sponsors/required-assets-form";
import { updateRequiredAssetsAction } from "@/lib/sponsors/dashboard/actions";
import { loadDashboardAssets } from "@/lib/sponsors/dashboard/loaders";
import { CONTRACT_STATUS_LABELS, STATUS_LABELS } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Sponsorship", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

/** §5.8 sponsorship detail: benefits, fee, contract status, required assets pending first, provided assets. */
export default async function SponsorshipDetailPage({ params }: Props) {
  const { sponsorship: s, required, provided } = await loadDashboardAssets((await params).id);
  return (
    <div className="space-y-6">
      <Link href="/users/sponsorships/" className="link">
        ← Your sponsorships
      </Link>
      <h1 className="text-3xl font-bold">
        {s.sponsor?.name ?? "Sponsorship"}: {s.package?.name ?? "no package"} {s.year ?? ""}
      </h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>{STATUS_LABELS[s.status]}</dd>
        <dt className="font-semibold">Dates</dt>
        <dd>
          {day(s.startDate)} – {day(s.endDate)}
        </dd>
        <dt className="font-semibold">Fee</dt>
        <dd>
          {s.sponsorshipFee === null || (s.forModifiedPackage && s.status === "applied")
            ? "To be agreed"
            : `$${s.sponsorshipFee.toLocaleString("en-US")}`}
        </dd>
        <dt className="font-semibold">Contract</dt>
        <dd>{s.contract ? CONTRACT_STATUS_LABELS[s.contract.status] : "Not yet"}</dd>
      </dl>
      {s.sponsorId && (
        <Link className="btn btn-sm" href={`/users/sponsorships/sponsor/${s.sponsorId}/`}>
          Edit sponsor information
        </Link>
      )}
      <section aria-label="Benefits" className="space-y-2">
        <h2 className="text-xl font-semibold">Benefits</h2>
        <ul className="list-disc pl-6">
          {s.benefits.map((b) => (
            <li key={b.id}>
              {b.programName} – {b.name}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Required assets" className="space-y-2">
        <h2 className="text-xl font-semibold">Required assets</h2>
        {required.length === 0 ? (
          <p>Nothing is needed from you for this sponsorship.</p>
        ) : (
          <>
            <ul className="list-disc pl-6">
              {required.map((a) => (
                <li key={a.field}>
                  <Link
                    className="link"
                    href={`/users/sponsorships/${s.id}/assets/?required_asset=${a.field}`}
                  >
                    {a.label}
                  </Link>{" "}
                  {a.status}
                </li>
              ))}
            </ul>
            <RequiredAssetsForm id={s.id} lines={required} action={updateRequiredAssetsAction} />
          </>
        )}
      </section>
      <section aria-label="Provided assets" className="space-y-2">
        <h2 className="text-xl font-semibold">Provided assets</h2>
        <ProvidedAssets lines={provided} />
        {provided.length > 0 && (
          <Link className="link" href={`/users/sponsorships/${s.id}/provided-assets/`}>
            All provided assets
          </Link>
        )}
      </section>
    </div>
  );
}

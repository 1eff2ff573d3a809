import type { Metadata } from "next";
import Link from "next/link";
import { AssetExport } from "@/components/sponsors/admin/asset-export";
import { ContractActions } from "@/components/sponsors/admin/contract-actions";
import { SponsorshipActions } from "@/components/sponsors/admin/sponsorship-actions";
import { SponsorshipInlines } from "@/components/sponsors/admin/sponsorship-inlines";
import { approveSponsorshipAction, sponsorshipWorkflowAction } from "@/lib/sponsors/admin/actions";
import {
  approveExistingAction,
  contractDraftAction,
  contractOpAction,
  executeContractAction,
} from "@/lib/sponsors/admin/contract/actions";
import { loadAdminContract } from "@/lib/sponsors/admin/contract/loaders";
import { loadAdminSponsorship } from "@/lib/sponsors/admin/loaders";
import {
  addSponsorBenefitAction,
  changeSponsorBenefitAction,
  removeSponsorBenefitAction,
} from "@/lib/sponsors/admin/sponsorship/actions";
import { loadSponsorshipInlines } from "@/lib/sponsors/admin/sponsorship/loaders";
import { CONTRACT_STATUS_LABELS, STATUS_LABELS } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Sponsorship · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

/** SponsorshipAdmin change page: read-only sponsor details, benefits, assets and the workflow buttons. */
export default async function AdminSponsorshipPage({ params }: Props) {
  const { id } = await params;
  const [{ sponsorship: s, packages }, inlines] = await Promise.all([
    loadAdminSponsorship(id),
    loadSponsorshipInlines(id),
  ]);
  const contract = await loadAdminContract(s.id);
  const cost = s.benefits.reduce((sum, b) => sum + (b.benefitInternalValue ?? 0), 0);
  return (
    <div className="space-y-6">
      <Link href="/admin/sponsors/" className="link">
        ← Sponsorships
      </Link>
      <h1 className="text-3xl font-bold">{s.sponsor?.name ?? `Sponsorship ${s.id}`}</h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="sponsorship-status">
          {STATUS_LABELS[s.status]}
          {s.locked ? " (locked)" : ""}
        </dd>
        <dt className="font-semibold">Package</dt>
        <dd>
          {s.package?.name ?? "–"}
          {s.forModifiedPackage ? " (customised)" : ""}
        </dd>
        <dt className="font-semibold">Fee</dt>
        <dd>{s.sponsorshipFee === null ? "–" : `$${s.sponsorshipFee.toLocaleString("en-US")}`}</dd>
        <dt className="font-semibold">Estimated cost</dt>
        <dd>${cost.toLocaleString("en-US")}</dd>
        <dt className="font-semibold">Applied / approved / finalized</dt>
        <dd>
          {day(s.appliedOn)} / {day(s.approvedOn)} / {day(s.finalizedOn)}
        </dd>
        <dt className="font-semibold">Dates</dt>
        <dd>
          {day(s.startDate)} – {day(s.endDate)}
        </dd>
        <dt className="font-semibold">Contract</dt>
        <dd>{s.contract ? CONTRACT_STATUS_LABELS[s.contract.status] : "None"}</dd>
        <dt className="font-semibold">Submitted by</dt>
        <dd>{s.submittedBy ? `${s.submittedBy.username} <${s.submittedBy.email}>` : "–"}</dd>
      </dl>
      <SponsorshipActions
        id={s.id}
        status={s.status}
        locked={s.locked}
        packages={packages}
        initial={{
          packageId: s.package?.id ?? null,
          fee: s.sponsorshipFee,
          start: s.startDate ? day(s.startDate) : "",
          end: s.endDate ? day(s.endDate) : "",
        }}
        approve={approveSponsorshipAction}
        workflow={sponsorshipWorkflowAction}
      />
      <ContractActions
        sponsorshipId={s.id}
        sponsorshipStatus={s.status}
        contract={contract && { ...contract, statusLabel: CONTRACT_STATUS_LABELS[contract.status] }}
        packages={packages}
        op={contractOpAction}
        execute={executeContractAction}
        approveExisting={approveExistingAction}
        saveDraft={contractDraftAction}
      />
      <section aria-labelledby="contacts" className="space-y-2">
        <h2 id="contacts" className="text-xl font-semibold">
          Sponsor contacts
        </h2>
        <ul className="list-disc pl-6">
          {s.sponsor?.contacts.map((c) => (
            <li key={c.id}>
              {c.name} &lt;{c.email}&gt; {c.phone}
              {c.primary ? " · primary" : ""}
              {c.accounting ? " · accounting" : ""}
              {c.administrative ? " · administrative" : ""}
            </li>
          ))}
        </ul>
      </section>
      <SponsorshipInlines
        data={inlines}
        add={addSponsorBenefitAction}
        change={changeSponsorBenefitAction}
        remove={removeSponsorBenefitAction}
      />
      <AssetExport assets={s.assets} />
    </div>
  );
}

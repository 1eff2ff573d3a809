import type { Metadata } from "next";
import Link from "next/link";
import { RequiredAssetsForm } from "@/components/sponsors/required-assets-form";
import { updateRequiredAssetsAction } from "@/lib/sponsors/dashboard/actions";
import { loadDashboardAssets } from "@/lib/sponsors/dashboard/loaders";

export const metadata: Metadata = { title: "Sponsorship assets", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ required_asset?: string }> };

/** UpdateSponsorshipAssetsView (§2.11): every required asset, or the one `?required_asset=` names. */
export default async function SponsorshipAssetsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { required_asset } = await searchParams;
  const { sponsorship: s, required } = await loadDashboardAssets(id, { required: required_asset });
  return (
    <div className="space-y-6">
      <Link href={`/users/sponsorships/${s.id}/`} className="link">
        ← Back to the sponsorship
      </Link>
      <h1 className="text-3xl font-bold">{s.sponsor?.name ?? "Sponsorship"}: required assets</h1>
      {required.length === 0 ? (
        <p>Nothing is needed from you for this sponsorship.</p>
      ) : (
        <RequiredAssetsForm id={s.id} lines={required} action={updateRequiredAssetsAction} />
      )}
    </div>
  );
}

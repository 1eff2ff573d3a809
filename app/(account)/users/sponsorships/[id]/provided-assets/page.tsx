import type { Metadata } from "next";
import Link from "next/link";
import { ProvidedAssets } from "@/components/sponsors/provided-assets";
import { loadDashboardAssets } from "@/lib/sponsors/dashboard/loaders";

export const metadata: Metadata = { title: "Provided assets", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ provided_asset?: string }> };

/** ProvidedSponsorshipAssetsView (§2.11): what the PSF provides (texts, files to download). */
export default async function ProvidedAssetsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { provided_asset } = await searchParams;
  const { sponsorship: s, provided } = await loadDashboardAssets(id, { provided: provided_asset });
  return (
    <div className="space-y-6">
      <Link href={`/users/sponsorships/${s.id}/`} className="link">
        ← Back to the sponsorship
      </Link>
      <h1 className="text-3xl font-bold">{s.sponsor?.name ?? "Sponsorship"}: provided assets</h1>
      <ProvidedAssets lines={provided} />
    </div>
  );
}

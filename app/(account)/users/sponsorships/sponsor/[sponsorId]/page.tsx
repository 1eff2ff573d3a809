import type { Metadata } from "next";
import Link from "next/link";
import { SponsorInfoForm } from "@/components/sponsors/sponsor-info-form";
import { updateSponsorInfoAction } from "@/lib/sponsors/sponsor/actions";
import { loadEditableSponsor } from "@/lib/sponsors/sponsor/loaders";

export const metadata: Metadata = { title: "Sponsor information", robots: { index: false } };

type Props = { params: Promise<{ sponsorId: string }> };

/** UpdateSponsorInfoView (§2.11): the sponsor's information and its contacts. */
export default async function SponsorInfoPage({ params }: Props) {
  const { sponsor, logoUrls } = await loadEditableSponsor((await params).sponsorId);
  return (
    <div className="space-y-6">
      <Link href="/users/sponsorships/" className="link">
        ← Your sponsorships
      </Link>
      <h1 className="text-3xl font-bold">{sponsor.name}: sponsor information</h1>
      <SponsorInfoForm sponsor={sponsor} logoUrls={logoUrls} action={updateSponsorInfoAction} />
    </div>
  );
}

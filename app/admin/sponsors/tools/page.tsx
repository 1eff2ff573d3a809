import type { Metadata } from "next";
import Link from "next/link";
import { SponsorTools } from "@/components/sponsors/admin/tools-forms";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import {
  assetRemindersAction,
  createContractsAction,
  pyconVouchersAction,
  resetBenefitsAction,
} from "@/lib/sponsors/admin/tools/actions";
import { requireAdmin } from "@/lib/admin/loaders";

export const metadata: Metadata = { title: "Sponsorship tools · Admin", robots: { index: false } };

/** The sponsors management commands (reference §4.2) staff run by hand; the daily ones also run on their own (/admin/runs/). */
export default async function SponsorToolsPage() {
  await requireAdmin("/admin/sponsors/tools/", sponsorshipsSection);
  return (
    <div className="space-y-6">
      <Link href="/admin/sponsors/" className="link">
        ← Sponsorships
      </Link>
      <h1 className="text-3xl font-bold">Sponsorship tools</h1>
      <SponsorTools
        reminders={assetRemindersAction}
        createContracts={createContractsAction}
        reset={resetBenefitsAction}
        vouchers={pyconVouchersAction}
      />
    </div>
  );
}

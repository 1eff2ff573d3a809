import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { sponsorsTags } from "@/lib/sponsors/constants";
import { VOUCHER_BENEFITS } from "./constants";
import { requestVoucher, type VoucherApi } from "./services";

export type VoucherReport = {
  sponsorBenefitId: number;
  sponsor: string;
  internalName: string;
  promoCode: string | null;
};

/**
 * create_pycon_vouchers_for_sponsors <year>: for each voucher benefit on a finalized sponsorship,
 * the tier's quantity asked of the PyCon API and the promo code stored in the benefit's provided
 * text asset (on the sponsor or the sponsorship, as its feature says). A benefit without a tier or
 * without that asset is skipped, as is an answer without code 200.
 */
export async function createPyconVouchers(year: number, api: VoucherApi, actorId: number | null = null) {
  const reports: VoucherReport[] = [];
  for (const [legacyId, code] of Object.entries(VOUCHER_BENEFITS)) {
    const benefits = await db.sponsorBenefit.findMany({
      where: { sponsorshipBenefit: { legacyId: Number(legacyId) }, sponsorship: { status: "finalized" } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        sponsorship: { select: { id: true, sponsor: { select: { id: true, name: true } } } },
        features: { select: { kind: true, quantity: true, internalName: true, relatedTo: true } },
      },
    });
    for (const b of benefits) {
      const tier = b.features.find((f) => f.kind === "tiered_benefit");
      const asset = b.features.find(
        (f) => f.kind === "provided_text_asset" && f.internalName === code.internalName,
      );
      const sponsor = b.sponsorship.sponsor;
      if (!tier || tier.quantity === null || !asset || !sponsor) continue;
      const result = await requestVoucher(api, year, [
        ["voucher_type", code.voucherType],
        ["quantity", tier.quantity],
        ["sponsor_name", sponsor.name],
        ["sponsor_id", sponsor.id],
      ]);
      const promo = result.code === 200 ? (result.data?.promo_code ?? null) : null;
      reports.push({
        sponsorBenefitId: b.id,
        sponsor: sponsor.name,
        internalName: code.internalName,
        promoCode: promo,
      });
      if (!promo) continue;
      const owner =
        asset.relatedTo === "sponsor" ? { sponsorId: sponsor.id } : { sponsorshipId: b.sponsorship.id };
      const found = await db.genericAsset.findFirst({
        where: { ...owner, internalName: code.internalName },
        select: { id: true },
      });
      if (found) await db.genericAsset.update({ where: { id: found.id }, data: { text: promo } });
      else
        await db.genericAsset.create({
          data: { ...owner, type: "text", internalName: code.internalName, text: promo },
        });
    }
  }
  await recordAudit({
    action: "sponsors.vouchers.created",
    actorId,
    detail: { year, stored: reports.filter((r) => r.promoCode).length, asked: reports.length },
  });
  await revalidateDomain([sponsorsTags.sponsors]);
  return reports;
}

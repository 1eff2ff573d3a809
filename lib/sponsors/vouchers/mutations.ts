import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { getCurrentYear } from "@/lib/sponsors/config/data";
import { sponsorsTags } from "@/lib/sponsors/constants";
import { VOUCHER_BENEFITS } from "./constants";
import { requestVoucher, type VoucherApi } from "./services";

export type VoucherReport = {
  sponsorBenefitId: number;
  sponsor: string;
  internalName: string;
  promoCode: string | null;
  /** stored now; already stored before (not asked again); refused by the API (no code 200). */
  outcome: "stored" | "already_stored" | "refused";
};

/**
 * create_pycon_vouchers_for_sponsors <year>: for each voucher benefit on a finalized sponsorship,
 * the tier's quantity asked of the PyCon API and the promo code stored in the benefit's provided
 * text asset (on the sponsor or the sponsorship, as its feature says). A benefit without a tier or
 * without that asset is skipped, as is an answer without code 200. Idempotent: a benefit whose
 * asset already holds a code is not asked again, so a rerun (or a retried job) never asks the
 * PyCon API for a second batch of vouchers.
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
      const owner =
        asset.relatedTo === "sponsor" ? { sponsorId: sponsor.id } : { sponsorshipId: b.sponsorship.id };
      const found = await db.genericAsset.findFirst({
        where: { ...owner, internalName: code.internalName },
        select: { id: true, text: true },
      });
      const report = { sponsorBenefitId: b.id, sponsor: sponsor.name, internalName: code.internalName };
      if (found?.text) {
        reports.push({ ...report, promoCode: found.text, outcome: "already_stored" });
        continue;
      }
      const result = await requestVoucher(api, year, [
        ["voucher_type", code.voucherType],
        ["quantity", tier.quantity],
        ["sponsor_name", sponsor.name],
        ["sponsor_id", sponsor.id],
      ]);
      const promo = result.code === 200 ? (result.data?.promo_code ?? null) : null;
      reports.push({ ...report, promoCode: promo, outcome: promo ? "stored" : "refused" });
      if (!promo) continue;
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
    detail: {
      year,
      stored: reports.filter((r) => r.outcome === "stored").length,
      asked: reports.filter((r) => r.outcome !== "already_stored").length,
    },
  });
  await revalidateDomain([sponsorsTags.sponsors]);
  return reports;
}

/**
 * The job's work (inngest/functions/sponsors.ts): the year asked for, or the current sponsorship
 * year; counts of what was stored, already there, refused.
 */
export async function runPyconVouchers(data: { year?: number; requestedBy?: number }, api: VoucherApi) {
  const year = data.year ?? (await getCurrentYear());
  const reports = await createPyconVouchers(year, api, data.requestedBy ?? null);
  const count = (o: VoucherReport["outcome"]) => reports.filter((r) => r.outcome === o).length;
  return { year, stored: count("stored"), alreadyStored: count("already_stored"), refused: count("refused") };
}

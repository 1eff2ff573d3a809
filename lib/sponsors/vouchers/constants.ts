/**
 * create_pycon_vouchers_for_sponsors (§4.2): the Django benefit ids (kept as legacy ids here)
 * whose finalized sponsor benefits get promo codes, and the provided text asset each code goes in.
 */
export const VOUCHER_BENEFITS: Record<number, { internalName: string; voucherType: string }> = {
  331: { internalName: "full_conference_passes_code_2026", voucherType: "SPNS_COMP_" },
  348: { internalName: "pycon_expo_hall_only_passes_code_2026", voucherType: "SPNS_EXPO_COMP_" },
  353: {
    internalName: "pycon_additional_full_conference_passes_code_2026",
    voucherType: "SPNS_ADDL_DISC_REG_",
  },
  375: { internalName: "pycon_additional_expo_hall_only_passes_2026", voucherType: "SPNS_EXPO_DISC_" },
};

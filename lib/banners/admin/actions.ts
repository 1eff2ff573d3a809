"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createBanner, deleteBanner, updateBanner } from "@/lib/banners/mutations";
import { bannersSection } from "./constants";
import { bannerFormSchema, bannerRefSchema } from "./schema";

/** Every banners-admin action authorizes here, whatever the page showed. */
const gate = adminGate(bannersSection.allowed);
const denied = "You may not edit banners.";

export const saveBannerAction = defineAction({
  name: "admin.banners",
  gate,
  denied,
  schema: bannerFormSchema,
  handler: ({ input: { id, input } }) => (id ? updateBanner(id, input) : createBanner(input)),
  audit: ({ input }, row) => ({
    action: input.id ? "banner.updated" : "banner.created",
    targetType: "banner",
    targetId: row.id,
  }),
  revalidate: ({ input }) => ["/admin/banners/", ...(input.id ? [`/admin/banners/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Banner added.", redirectTo: `/admin/banners/${row.id}/` },
});

export const deleteBannerAction = asFormAction(
  defineAction({
    name: "admin.banners.delete",
    gate,
    schema: bannerRefSchema,
    handler: ({ input }) => deleteBanner(input.id),
    audit: ({ input }) => ({ action: "banner.deleted", targetType: "banner", targetId: input.id }),
    // A row button on the list: the list is shown again without the banner.
    revalidate: () => ["/admin/banners/"],
  }),
);

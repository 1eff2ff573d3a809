/** Cache tag of the site banners (apps/banners). */
export const bannersTags = { banners: "banners" } as const;

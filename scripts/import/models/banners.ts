/** apps/banners: site-wide announcement banners. */
import type { Mapping } from "../types";
import { bool, legacyPk, str } from "./common";

const banner: Mapping = {
  model: "banners.banner",
  table: "banner",
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      title: str(row.fields.title),
      message: str(row.fields.message),
      link: str(row.fields.link),
      active: bool(row.fields.active),
      psfPagesOnly: bool(row.fields.psf_pages_only, true),
    },
  }),
};

export const bannersMappings: Mapping[] = [banner];

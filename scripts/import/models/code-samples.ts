/** apps/codesamples: the home page's code slideshow. */
import type { Mapping } from "../types";
import { bool, contentManageable, legacyPk, markupField, markupSpec } from "./common";

const codeSample: Mapping = {
  model: "codesamples.codesample",
  table: "codeSample",
  dependsOn: ["users.user"],
  markup: [markupSpec("code"), markupSpec("copy")],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      ...markupField(row.fields, "code", "code", "html"),
      ...markupField(row.fields, "copy", "copy", "html"),
      isPublished: bool(row.fields.is_published),
    },
  }),
};

export const codeSamplesMappings: Mapping[] = [codeSample];

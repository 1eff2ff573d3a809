/** apps/minutes: PSF board minutes, one per meeting date. */
import type { Mapping } from "../types";
import { bool, contentManageable, legacyPk, markupField, markupSpec, requiredDate } from "./common";

const minutes: Mapping = {
  model: "minutes.minutes",
  table: "minutes",
  dependsOn: ["users.user"],
  adopt: (d) => ({ date: d.date }),
  markup: [markupSpec("content")],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      date: requiredDate(row.fields.date, "date"),
      ...markupField(row.fields, "content", "content", "restructuredtext"),
      isPublished: bool(row.fields.is_published),
    },
  }),
};

export const minutesMappings: Mapping[] = [minutes];

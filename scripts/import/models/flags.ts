/** django-waffle flags. */
import type { Mapping } from "../types";
import { bool, boolOrNull, date, legacyPk, str } from "./common";

const flag: Mapping = {
  model: "waffle.flag",
  table: "featureFlag",
  adopt: (d) => ({ name: d.name }),
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      name: str(row.fields.name),
      everyone: boolOrNull(row.fields.everyone),
      superusers: bool(row.fields.superusers, true),
      staff: bool(row.fields.staff),
      testing: bool(row.fields.testing),
      note: str(row.fields.note),
      created: date(row.fields.created) ?? undefined,
      modified: date(row.fields.modified) ?? undefined,
    },
  }),
};

export const flagsMappings: Mapping[] = [flag];

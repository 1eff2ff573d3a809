/** apps/boxes: the site's editable snippets, by label. */
import type { Mapping } from "../types";
import { contentManageable, legacyPk, markupField, markupSpec, MapError, str } from "./common";

const box: Mapping = {
  model: "boxes.box",
  table: "box",
  dependsOn: ["users.user"],
  adopt: (d) => ({ label: d.label }),
  naturalKey: { field: "label" },
  markup: [markupSpec("content")],
  map(row, ctx) {
    const label = str(row.fields.label);
    if (!label) throw new MapError("label is required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(row.fields, ctx),
        label,
        ...markupField(row.fields, "content", "content", "restructuredtext"),
      },
      naturalKeys: [label],
    };
  },
};

export const boxesMappings: Mapping[] = [box];

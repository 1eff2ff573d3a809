/** apps/boxes: the site's editable snippets, by label. */
import { isGeneratedBox } from "../../../lib/boxes/constants";
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
    // Written by code from the imported releases, posts and stories (regenerated once the import
    // is done): importing Django's copy would be overwritten at once, and then written back by
    // every later run, so a second import would never be a no-op.
    if (isGeneratedBox(label)) return { skip: "generated from the site's own data after the import" };
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

/** apps/companies: the companies behind success stories (logos copied with --media). */
import { MediaCopier } from "../media";
import type { Mapping } from "../types";
import { legacyPk, markupField, markupSpec, MapError, str, strOrNull } from "./common";

const company: Mapping = {
  model: "companies.company",
  table: "company",
  adopt: (d) => ({ slug: d.slug }),
  markup: [markupSpec("about")],
  media: ["logo"],
  map(row) {
    const f = row.fields;
    if (!str(f.name) || !str(f.slug)) throw new MapError("name and slug are required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        slug: str(f.slug),
        ...markupField(f, "about", "about", "restructuredtext"),
        contact: strOrNull(f.contact),
        email: strOrNull(f.email),
        url: strOrNull(f.url),
        logo: f.logo ? MediaCopier.keyOf(f.logo) : null,
      },
    };
  },
};

export const companiesMappings: Mapping[] = [company];

/** apps/successstories: story categories and stories (images copied with --media). */
import { MediaCopier } from "../media";
import type { Mapping } from "../types";
import {
  bool,
  contentManageable,
  fk,
  fkOrNull,
  legacyPk,
  markupField,
  markupSpec,
  nameSlug,
  required,
  str,
  strOrNull,
} from "./common";

const category: Mapping = {
  model: "successstories.storycategory",
  table: "storyCategory",
  adopt: (d) => ({ slug: d.slug }),
  map: (row) => ({ data: { legacyId: legacyPk(row.pk), ...nameSlug(row.fields) } }),
};

const story: Mapping = {
  model: "successstories.story",
  table: "story",
  dependsOn: ["users.user", "companies.company", "successstories.storycategory"],
  adopt: (d) => ({ slug: d.slug }),
  markup: [markupSpec("content")],
  media: ["image"],
  map(row, ctx) {
    const f = row.fields;
    required(f, "company_name", "author");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        ...nameSlug(f),
        companyName: str(f.company_name),
        companyUrl: str(f.company_url),
        companyId: fkOrNull(ctx, "companies.company", f.company),
        categoryId: fk(ctx, "successstories.storycategory", f.category, "category"),
        author: str(f.author),
        authorEmail: strOrNull(f.author_email),
        pullQuote: str(f.pull_quote),
        ...markupField(f, "content", "content", "restructuredtext"),
        isPublished: bool(f.is_published),
        featured: bool(f.featured),
        image: MediaCopier.keyOf(f.image),
        submittedById: fkOrNull(ctx, "users.user", f.submitted_by),
      },
    };
  },
};

export const successStoriesMappings: Mapping[] = [category, story];

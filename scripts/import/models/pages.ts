/** apps/pages (pages, their images and documents) and django.contrib.redirects. */
import { normalizePath } from "../../../lib/pages/utils";
import type { Mapping } from "../types";
import { MediaCopier } from "../media";
import { bool, contentManageable, fk, legacyPk, markupField, markupSpec, MapError, str } from "./common";

const page: Mapping = {
  model: "pages.page",
  table: "page",
  dependsOn: ["users.user"],
  adopt: (d) => ({ path: d.path }),
  markup: [markupSpec("content")],
  map(row, ctx) {
    const f = row.fields;
    const path = normalizePath(str(f.path));
    if (!path) throw new MapError("path is empty");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        title: str(f.title),
        keywords: str(f.keywords),
        description: str(f.description),
        path,
        ...markupField(f, "content", "content", "restructuredtext"),
        isPublished: bool(f.is_published, true),
        contentType: str(f.content_type, "text/html") || "text/html",
        templateName: str(f.template_name),
      },
    };
  },
};

function fileKey(value: unknown, field: string): string {
  const key = MediaCopier.keyOf(value);
  if (!key) throw new MapError(`${field} ${JSON.stringify(value)} is not a usable file path`);
  return key;
}

const image: Mapping = {
  model: "pages.image",
  table: "pageImage",
  dependsOn: ["pages.page"],
  media: ["image"],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      pageId: fk(ctx, "pages.page", row.fields.page, "page"),
      image: fileKey(row.fields.image, "image"),
    },
  }),
};

const document: Mapping = {
  model: "pages.documentfile",
  table: "pageDocument",
  dependsOn: ["pages.page"],
  media: ["document"],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      pageId: fk(ctx, "pages.page", row.fields.page, "page"),
      document: fileKey(row.fields.document, "document"),
    },
  }),
};

const redirect: Mapping = {
  model: "redirects.redirect",
  table: "redirect",
  adopt: (d) => ({ oldPath: d.oldPath }),
  map(row) {
    const oldPath = str(row.fields.old_path);
    if (!oldPath.startsWith("/"))
      throw new MapError(`old_path ${JSON.stringify(oldPath)} does not start with /`);
    const newPath = str(row.fields.new_path);
    return { data: { legacyId: legacyPk(row.pk), oldPath, newPath, permanent: true } };
  },
};

export const pagesMappings: Mapping[] = [page, image, document, redirect];

import { sortKeys } from "@/lib/api-tastypie";
import { AppError } from "@/lib/errors";
import { apiV2Url } from "@/lib/downloads/os/utils";
import { PAGE_FILTERS } from "./schema";

export function toPageResponse(p: {
  id: number;
  title: string;
  path: string;
  keywords: string;
  description: string;
  contentRendered: string;
  isPublished: boolean;
  templateName: string;
}) {
  return {
    title: p.title,
    path: p.path,
    keywords: p.keywords,
    description: p.description,
    content: p.contentRendered,
    is_published: p.isPublished,
    template_name: p.templateName,
    resource_uri: apiV2Url(`/api/v2/pages/page/${p.id}/`),
  };
}

/** BaseFilterSet: a parameter that is not a declared filter is a 400. */
export function assertKnownPageFilters(params: URLSearchParams): void {
  for (const key of params.keys()) {
    const [field, ...rest] = key.split("__");
    const lookup = rest.length ? rest.join("__") : "exact";
    if (!PAGE_FILTERS[field!]?.includes(lookup))
      throw new AppError("validation_failed", "Invalid filter.", {
        fields: { error: [`'${lookup}' is not an allowed filter on the '${field}' field.`] },
      });
  }
}

export const toV1Page = (p: Parameters<typeof toPageResponse>[0]) =>
  sortKeys({
    content: p.contentRendered,
    description: p.description,
    is_published: p.isPublished,
    keywords: p.keywords,
    path: p.path,
    resource_uri: `/api/v1/pages/page/${p.id}/`,
    template_name: p.templateName,
    title: p.title,
  });

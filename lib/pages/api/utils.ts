import { sortKeys } from "@/lib/api/tastypie";
import { apiV2Url } from "@/lib/api/drf";
import type { PageApiRow } from "@/lib/pages/data";
import type { PageFilter } from "@/lib/pages/schema";
import type { ListPagesQuery } from "./schema";

/** PageSerializer, field for field and in its order; content is the rendered HTML. */
export function toPageResponse(p: PageApiRow) {
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

/** PageResource's dehydrated object: keys sorted, its own v1 resource URI. */
export const toV1Page = (p: PageApiRow) =>
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

/** The filters of both families (PageViewSet filterset, PageResource Meta.filtering) as one. */
export const toPageFilter = (q: ListPagesQuery): PageFilter => ({
  title: q.title,
  path: q.path,
  keywords: q.keywords,
  keywordsContains: q.keywords__icontains,
  isPublished: q.is_published,
});

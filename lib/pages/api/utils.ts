import { sortKeys } from "@/lib/api/tastypie";
import { apiV2Url } from "@/lib/api/drf";

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

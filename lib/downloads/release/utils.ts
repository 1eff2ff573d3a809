import { apiV2Url } from "@/lib/api/drf";
import { drfDateTime } from "@/lib/downloads/utils";
import type { ReleaseApiRow } from "./data";

/** ReleaseSerializer, field for field and in its order. */
export function toReleaseResponse(r: ReleaseApiRow) {
  return {
    name: r.name,
    slug: r.slug,
    version: r.version,
    is_published: r.isPublished,
    is_latest: r.isLatest,
    release_date: drfDateTime(r.releaseDate),
    pre_release: r.preRelease,
    release_page: r.releasePageId ? apiV2Url(`/api/v2/pages/page/${r.releasePageId}/`) : null,
    release_notes_url: r.releaseNotesUrl,
    show_on_download_page: r.showOnDownloadPage,
    resource_uri: apiV2Url(`/api/v2/downloads/release/${r.id}/`),
  };
}

export function pageIdFromLink(link: string | null | undefined): number | null | undefined {
  if (link === undefined) return undefined;
  if (link === null) return null;
  return Number(/\/api\/v2\/pages\/page\/(\d+)\/?$/.exec(link)![1]);
}

import { apiV2Url } from "@/lib/api/drf";
import type { ReleaseApiRow } from "@/lib/downloads/release/data";
import type { ReleaseFilter } from "@/lib/downloads/release/schema";
import { drfDateTime } from "@/lib/downloads/api/utils";
import { dateLookups } from "@/lib/downloads/utils";
import type { ListReleasesQuery } from "./schema";

/** ReleaseSerializer, field for field and in its order; related rows as hyperlinks. */
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

/** ReleaseViewSet filterset_fields (exact), plus version_xy. */
export function toReleaseFilter(q: ListReleasesQuery): ReleaseFilter {
  return {
    name: q.name,
    slug: q.slug,
    preRelease: q.pre_release,
    version: q.version,
    releaseDate: q.release_date !== undefined ? dateLookups({ exact: new Date(q.release_date) }) : undefined,
    series: q.version_xy,
    isPublished: q.is_published,
  };
}

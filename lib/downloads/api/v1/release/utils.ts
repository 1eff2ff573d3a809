import { sortKeys, tastypieDateTime } from "@/lib/api/tastypie";
import type { ReleaseApiRow } from "@/lib/downloads/release/data";
import type { ReleaseFilter } from "@/lib/downloads/release/schema";
import { dateLookups } from "@/lib/downloads/utils";
import type { V1ReleaseQuery } from "./schema";

/** ReleaseResource's dehydrated object: keys sorted, the release page as a v1 resource URI. */
export const toV1Release = (r: ReleaseApiRow) =>
  sortKeys({
    is_latest: r.isLatest,
    is_published: r.isPublished,
    name: r.name,
    pre_release: r.preRelease,
    release_date: tastypieDateTime(r.releaseDate),
    release_notes_url: r.releaseNotesUrl,
    release_page: r.releasePageId ? `/api/v1/pages/page/${r.releasePageId}/` : null,
    resource_uri: `/api/v1/downloads/release/${r.id}/`,
    show_on_download_page: r.showOnDownloadPage,
    slug: r.slug,
    version: r.version,
  });

const VERSIONS = [1, 2, 3, 100];

/** ReleaseResource Meta.filtering: exact fields, version__startswith and the date lookups. */
export function toV1ReleaseFilter(q: V1ReleaseQuery): ReleaseFilter {
  const prefix = q.version__startswith;
  return {
    name: q.name,
    slug: q.slug,
    preRelease: q.pre_release,
    version: q.version,
    // version is an integer column: a prefix that is not digits matches nothing.
    versionIn:
      prefix === undefined
        ? undefined
        : /^\d+$/.test(prefix)
          ? VERSIONS.filter((v) => String(v).startsWith(prefix))
          : [],
    releaseDate: dateLookups({
      exact: q.release_date,
      gt: q.release_date__gt,
      gte: q.release_date__gte,
      lt: q.release_date__lt,
      lte: q.release_date__lte,
      range: q.release_date__range,
      year: q.release_date__year,
    }),
    isPublished: q.is_published,
  };
}

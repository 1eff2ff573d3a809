/** A row of the releases changelist (lib/downloads/admin/data listAdminReleases). */
export type AdminReleaseRow = {
  id: number;
  name: string;
  releaseDate: Date | null;
  isPublished: boolean;
  isLatest: boolean;
  preRelease: boolean;
  _count: { files: number };
};

/** A file row under its release's admin form (lib/downloads/admin/data getAdminRelease). */
export type AdminReleaseFileRow = {
  id: number;
  name: string;
  url: string;
  sha256Sum: string;
  filesize: number;
  downloadButton: boolean;
  os: { name: string };
};

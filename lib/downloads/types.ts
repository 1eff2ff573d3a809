export type DownloadButton = { osSlug: string; osName: string; fileName: string; url: string };
export type LatestFile = { osSlug: string; name: string; url: string; downloadButton: boolean };
export type LatestRelease = {
  name: string;
  slug: string;
  releaseDate: Date;
  buttons: DownloadButton[];
  files: LatestFile[];
  /**
   * The download-button files of the latest Python install manager release (version 100), per
   * OS: where there is one, it is offered first and the release's own installer second.
   */
  installManager: DownloadButton[];
};

export type ReleaseSummary = {
  name: string;
  slug: string;
  version: string;
  releaseDate: Date;
  preRelease: boolean;
  releaseNotesUrl: string;
};

export type ReleaseFileRow = {
  name: string;
  url: string;
  osSlug: string;
  osName: string;
  description: string;
  isSource: boolean;
  filesize: number;
  sha256Sum: string;
  md5Sum: string;
  gpgSignatureFile: string;
  sigstoreBundleFile: string;
  sigstoreCertFile: string;
  sigstoreSignatureFile: string;
  sbomSpdx2File: string;
  downloadButton: boolean;
  /** The last OpenPGP check of the .asc signature (lib/downloads/signatures), if any. */
  signature: {
    status: "pending" | "valid" | "invalid" | "error";
    detail: string;
    checkedAt: Date | null;
  } | null;
};

export type ReleaseDetail = ReleaseSummary & {
  isPublished: boolean;
  isLatest: boolean;
  majorVersion: number;
  contentHtml: string;
  releasePagePath: string | null;
  files: ReleaseFileRow[];
  supersededBy: ReleaseSummary | null;
};

export type ActiveSeries = {
  series: string;
  status: "pre-release" | "bugfix" | "security" | "end-of-life";
  /** A series in development: its first release date is a plan. */
  planned: boolean;
  firstRelease: string;
  endOfLife: string;
  pep: number | null;
  latest: ReleaseSummary | null;
};

export type OsReleases = {
  os: { name: string; slug: string };
  latest: ReleaseSummary | null;
  stable: { release: ReleaseSummary; files: ReleaseFileRow[] }[];
  preReleases: { release: ReleaseSummary; files: ReleaseFileRow[] }[];
};

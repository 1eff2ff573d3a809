export type DownloadButton = { osSlug: string; osName: string; fileName: string; url: string };
export type LatestRelease = { name: string; slug: string; releaseDate: Date; buttons: DownloadButton[] };

export type PostMedia = {
  links: { url: string }[];
  photos: { url: string | null; caption: string; clickThroughUrl: string }[];
  videos: { url: string; caption: string; clickThroughUrl: string }[];
};

export type PostSummary = {
  id: number;
  title: string | null;
  abstract: string | null;
  mediaType: number;
  sourceUrl: string;
  created: Date;
};

export type PostDetail = PostSummary & { contentHtml: string; isPublic: boolean } & PostMedia;

export type PostPage = { posts: PostSummary[]; page: number; pages: number; total: number };

export type NewsItem = { id: number; title: string; url: string; pubDate: Date };

/** /blogs/: the latest entry with its excerpt, then the next ones. */
export type BlogHome = { latest: (NewsItem & { excerpt: string }) | null; others: NewsItem[] };

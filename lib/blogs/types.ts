export type NewsItem = { id: number; title: string; url: string; pubDate: Date };

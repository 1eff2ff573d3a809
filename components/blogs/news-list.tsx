import type { NewsItem } from "@/lib/blogs/types";
import { DateTime } from "@/components/ui/date-time";

export function NewsList({ items }: { items: NewsItem[] }) {
  return (
    <section aria-labelledby="home-news">
      <h2 id="home-news" className="mb-3 text-xl font-semibold">
        Latest News
      </h2>
      {items.length === 0 ? (
        <p>No news yet.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((n) => (
            <li key={n.id} className="flex flex-col sm:flex-row sm:gap-3">
              <span className="text-base-content/70 shrink-0 text-sm">
                <DateTime value={n.pubDate} />
              </span>
              <a href={n.url} className="link-hover link">
                {n.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <a href="https://blog.python.org" className="link mt-2 inline-block text-sm">
        More news
      </a>
    </section>
  );
}

import { Box } from "@/components/boxes/box";
import { DateTime } from "@/components/ui/date-time";
import type { BlogHome } from "@/lib/blogs/types";

/** templates/blogs/index.html: "Welcome to the Python Insider", the latest post, the next ones, the boxes. */
export function BlogHomeView({ home, boxes }: { home: BlogHome; boxes: Record<string, string> }) {
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <section aria-labelledby="blogs-title" className="space-y-6">
        <h1 id="blogs-title" className="text-3xl font-bold">
          Welcome to the Python Insider
        </h1>
        <p>The official blog of the Python core development team.</p>
        {home.latest ? (
          <article aria-labelledby="blogs-latest" className="card bg-base-200 space-y-2 p-5">
            <h2 id="blogs-latest" className="text-2xl font-semibold">
              <a className="link" href={home.latest.url}>
                {home.latest.title}
              </a>
            </h2>
            <p className="text-base-content/70 text-sm">
              <DateTime value={home.latest.pubDate} />
            </p>
            <p>{home.latest.excerpt}</p>
            <a className="link" href={home.latest.url}>
              Read more<span className="sr-only"> of {home.latest.title}</span>
            </a>
          </article>
        ) : (
          <p>No posts have been imported yet.</p>
        )}
        {home.others.length > 0 && (
          <section aria-labelledby="blogs-more">
            <h2 id="blogs-more" className="mb-2 text-xl font-semibold">
              More from the blog
            </h2>
            <ul className="space-y-2">
              {home.others.map((e) => (
                <li key={e.id} className="flex flex-col sm:flex-row sm:gap-3">
                  <span className="text-base-content/70 shrink-0 text-sm">
                    <DateTime value={e.pubDate} />
                  </span>
                  <a className="link" href={e.url}>
                    {e.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
      <aside className="space-y-4">
        <Box html={boxes["blogs-subscriptions"]} label="blogs-subscriptions" className="card bg-base-200 p-4" />
        <Box html={boxes["blogs-copyright"]} label="blogs-copyright" className="card bg-base-200 p-4" />
      </aside>
    </div>
  );
}

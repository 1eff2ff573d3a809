/** {% feed_list %} as templates/psf/index.html lists it: entry titles linking to the posts. */
export function FeedList({
  heading,
  entries,
  moreHref,
}: {
  heading: string;
  entries: { id: number; title: string; url: string }[];
  moreHref: string;
}) {
  const id = `feed-${heading.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="card bg-base-200 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {entries.length ? (
        <ul className="my-2 list-disc space-y-1 ps-5">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={e.url} className="link">
                {e.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="my-2">No news yet.</p>
      )}
      <a href={moreHref} className="link text-sm">
        More {heading}
      </a>
    </section>
  );
}

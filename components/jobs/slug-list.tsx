import Link from "next/link";

/** The types, categories and locations pages: a heading and the links that have jobs. */
export function SlugList({ title, items }: { title: string; items: [string, string][] }) {
  return (
    <section className="space-y-3" aria-labelledby="slug-list-title">
      <h1 id="slug-list-title" className="text-3xl font-bold">
        {title}
      </h1>
      {items.length === 0 ? (
        <p>There are no jobs listed at the moment.</p>
      ) : (
        <ul className="list-disc pl-5">
          {items.map(([label, href]) => (
            <li key={href}>
              <Link className="link inline-block min-h-6 leading-6" href={href}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

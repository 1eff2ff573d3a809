import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";

/** EventCategoryList / EventLocationList: names linking to their upcoming events, 30 a page. */
export function TaxonomyList({
  title,
  calendar,
  items,
  hrefOf,
  page,
  pages,
  basePath,
}: {
  title: string;
  calendar: { slug: string; name: string };
  items: { id: number; name: string; address?: string | null }[];
  hrefOf: (item: { id: number; name: string; slug?: string }) => string;
  page: number;
  pages: number;
  basePath: string;
}) {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      <p className="mb-6">
        from the{" "}
        <Link className="link" href={`/events/${calendar.slug}/`}>
          {calendar.name}
        </Link>
      </p>
      {items.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {items.map((i) => (
            <li key={i.id}>
              <Link className="link" href={hrefOf(i)}>
                {i.name}
              </Link>
              {i.address ? <span className="text-sm">, {i.address}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} href={(p) => (p === 1 ? basePath : `${basePath}?page=${p}`)} />
    </div>
  );
}

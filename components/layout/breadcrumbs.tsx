import { IntentLink as Link } from "@/components/ui/intent-link";

/**
 * Breadcrumbs (templates/sitetree/breadcrumbs.html): links up the tree, the last item the page
 * itself (aria-current). Nothing is shown for fewer than two items, as on python.org. Feed it
 * `loadBreadcrumbs(path, title)` from lib/navigation/loaders.
 */
export function Breadcrumbs({ items }: { items: { title: string; url: string }[] }) {
  if (items.length < 2) return null;
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs mb-4 text-sm">
      <ol>
        {items.map((item, i) =>
          i === items.length - 1 ? (
            <li key={item.url + i}>
              <span aria-current="page">{item.title}</span>
            </li>
          ) : (
            <li key={item.url + i}>
              <Link href={item.url} className="link-hover">
                {item.title}
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

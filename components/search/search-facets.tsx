import Link from "next/link";

/** Counts per content type for the query; choosing one filters, "All" clears the filter. */
export function SearchFacets({
  facets,
  labels,
  active,
  href,
}: {
  facets: Record<string, number>;
  labels: Record<string, string>;
  active: string[];
  href: (type: string | null) => string;
}) {
  const total = Object.values(facets).reduce((a, b) => a + b, 0);
  const item = (type: string | null, label: string, count: number) => {
    const selected = type === null ? active.length === 0 : active.includes(type);
    return (
      <li key={type ?? "all"}>
        <Link
          href={href(type)}
          className={selected ? "menu-active" : ""}
          aria-current={selected ? "true" : undefined}
        >
          {label}
          <span className="badge badge-sm">{count}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Filter by type">
      <ul className="menu bg-base-200 rounded-box w-full sm:w-56">
        {item(null, "All", total)}
        {Object.entries(facets)
          .sort((a, b) => b[1] - a[1])
          .map(([type, n]) => item(type, labels[type] ?? type, n))}
      </ul>
    </nav>
  );
}

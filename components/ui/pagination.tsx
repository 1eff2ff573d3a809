import Link from "next/link";

/** First / previous / page x of y / next / last, as links that keep the other query parameters. */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const link = (p: number, label: string, aria: string) =>
    p >= 1 && p <= pages && p !== page ? (
      <Link href={href(p)} className="join-item btn btn-sm" aria-label={aria}>
        {label}
      </Link>
    ) : (
      <span className="join-item btn btn-sm btn-disabled" aria-hidden="true">
        {label}
      </span>
    );
  return (
    <nav aria-label="Pagination" className="join">
      {link(1, "«", "First page")}
      {link(page - 1, "‹", "Previous page")}
      <span className="join-item btn btn-sm btn-active" aria-current="page">
        Page {page} of {pages}
      </span>
      {link(page + 1, "›", "Next page")}
      {link(pages, "»", "Last page")}
    </nav>
  );
}

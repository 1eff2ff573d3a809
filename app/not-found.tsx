import Link from "next/link";

// apps/cms/views.py custom_404: point at search, downloads and docs.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>We could not find the page you asked for. It may have moved, or the address may be mistyped.</p>
      <p>Try using the search box, or go to one of these:</p>
      <ul className="list-disc pl-6">
        <li>
          <Link href="/" className="link">
            The python.org home page
          </Link>
        </li>
        <li>
          <Link href="/downloads/" className="link">
            Python downloads
          </Link>
        </li>
        <li>
          <a href="https://docs.python.org/" className="link">
            Python documentation
          </a>
        </li>
        <li>
          <a href="https://pypi.org/" className="link">
            The Python Package Index
          </a>
        </li>
      </ul>
    </div>
  );
}

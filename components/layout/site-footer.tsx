import Link from "next/link";
import type { MenuSection } from "@/lib/navigation/types";

/** Footer sitemap from the same menu tree, plus the legal line. */
export function SiteFooter({ sections, year }: { sections: MenuSection[]; year: number }) {
  return (
    <footer className="bg-base-200 text-base-content mt-12">
      <nav
        aria-label="Site map"
        className="mx-auto grid max-w-6xl grid-cols-2 gap-6 px-4 py-8 sm:grid-cols-3 lg:grid-cols-4"
      >
        {sections.map((s) => (
          <div key={s.id}>
            <h2 className="mb-2 font-semibold">
              <Link href={s.url} className="link-hover">
                {s.title}
              </Link>
            </h2>
            <ul className="space-y-1 text-sm">
              {s.children.map((c) => (
                <li key={c.id}>
                  <Link href={c.url} className="link-hover">
                    {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="border-base-300 border-t">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm">
          Copyright ©2001-{year} Python Software Foundation ·{" "}
          <Link href="/about/legal/" className="link">
            Legal Statements
          </Link>{" "}
          ·{" "}
          <Link href="/privacy/" className="link">
            Privacy Notice
          </Link>
        </p>
      </div>
    </footer>
  );
}

import { IntentLink as Link } from "@/components/ui/intent-link";
import type { MenuSection } from "@/lib/navigation/types";

// templates/base.html's footer links line and copyright (the Privacy Notice lives on policies.python.org).
const FOOTER_LINKS = [
  { title: "Help & General Contact", url: "/about/help/" },
  { title: "Diversity Initiatives", url: "/community/diversity/" },
  { title: "Submit Website Bug", url: "https://github.com/python/pythondotorg/issues" },
  { title: "Status", url: "https://status.python.org/" },
];

const A = ({ url, className, children }: { url: string; className?: string; children: React.ReactNode }) =>
  url.startsWith("/") ? (
    <Link href={url} className={className}>
      {children}
    </Link>
  ) : (
    <a href={url} className={className}>
      {children}
    </a>
  );

/** Footer sitemap (templates/sitetree/footer.html over python-meta, Contributing included), links and the legal line. */
export function SiteFooter({ sections, year }: { sections: MenuSection[]; year: number }) {
  return (
    <footer className="bg-base-200 text-base-content mt-12">
      <nav
        id="site-map"
        aria-label="Site map"
        className="mx-auto grid max-w-6xl grid-cols-2 gap-6 px-4 py-8 sm:grid-cols-3 lg:grid-cols-4"
      >
        {sections.map((s) => (
          <div key={s.id} className="min-w-0">
            <h2 className="mb-2 font-semibold">
              <A url={s.url} className="link-hover">
                {s.title}
              </A>
            </h2>
            <ul className="space-y-1 text-sm">
              {s.children.map((c) => (
                <li key={c.id} className="break-words">
                  <A url={c.url} className="link-hover">
                    {c.title}
                  </A>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="border-base-300 border-t">
        <nav aria-label="Footer" className="mx-auto max-w-6xl px-4 pt-4 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {FOOTER_LINKS.map((l) => (
              <li key={l.url}>
                <A url={l.url} className="link">
                  {l.title}
                </A>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm">
          Copyright ©2001-{year} Python Software Foundation ·{" "}
          <Link href="/about/legal/" className="link">
            Legal Statements
          </Link>{" "}
          ·{" "}
          <a href="https://policies.python.org/python.org/Privacy-Notice/" className="link">
            Privacy Notice
          </a>
        </p>
      </div>
    </footer>
  );
}

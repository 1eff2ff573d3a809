import Link from "next/link";
import type { MenuSection } from "@/lib/navigation/types";
import { AccountLink } from "@/components/users/account-link";
import { SearchShortcut } from "./search-shortcut";
import { ThemeToggle } from "./theme-toggle";

/** Site header: logo, the sections of the main menu, search and the account link. */
export function SiteHeader({ sections }: { sections: MenuSection[] }) {
  return (
    <header className="bg-neutral text-neutral-content">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-3 py-2 sm:px-4">
        <Link
          href="/"
          className="flex items-center gap-2 text-xl font-bold tracking-tight"
          aria-label="Python home"
        >
          <span aria-hidden="true" className="text-secondary">
            &gt;&gt;&gt;
          </span>
          python
        </Link>
        <form
          action="/search/"
          method="get"
          role="search"
          className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto"
        >
          <label className="input input-sm text-base-content w-full sm:w-64">
            <span className="sr-only">Search python.org</span>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder="Search (press /)"
              className="grow"
              aria-label="Search python.org"
            />
          </label>
          <SearchShortcut inputId="site-search" />
        </form>
        <div className="order-2 ml-auto flex items-center gap-1 sm:order-3 sm:ml-0">
          <ThemeToggle />
          <AccountLink />
        </div>
      </div>
      <nav aria-label="Main" className="bg-primary text-primary-content">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-1 sm:px-2">
          {sections.map((s, i) => (
            <li key={s.id} className="group relative">
              <Link
                href={s.url}
                className="block px-3 py-2 text-sm font-medium hover:bg-black/15 focus-visible:bg-black/15 sm:text-base"
              >
                {s.title}
              </Link>
              {s.children.length > 0 && (
                <ul
                  className={`rounded-b-box bg-base-100 text-base-content invisible absolute z-20 hidden min-w-56 py-1 shadow-lg group-focus-within:visible group-hover:visible sm:block ${i >= sections.length - 3 ? "right-0" : "left-0"}`}
                >
                  {s.children.map((c) => (
                    <li key={c.id}>
                      <Link
                        href={c.url}
                        className="hover:bg-base-200 block px-4 py-1.5 text-sm"
                        title={c.hint ?? undefined}
                      >
                        {c.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

import { IntentLink as Link } from "@/components/ui/intent-link";
import { Markup } from "@/components/ui/markup";
import type { MenuSection } from "@/lib/navigation/types";
import { slugify } from "@/lib/navigation/utils";
import { MegaMenuItem } from "./mega-menu-item";

const linkClass =
  "block px-3 py-2 text-sm font-medium hover:bg-black/15 focus-visible:bg-black/15 md:text-base";

/**
 * The main nav on wide screens (templates/sitetree/submenu.html): each section a li#<slug>; on
 * hover or focus a panel shows its links and, for python.org's sections, its supernav box.
 * Phones get the compact menu instead (mobile-menu.tsx).
 */
export function MainNav({
  sections,
  supernavs,
  label,
}: {
  sections: MenuSection[];
  supernavs: Record<string, string>;
  label: string;
}) {
  return (
    <nav
      aria-label="Main"
      className="hidden bg-(--color-nav) text-(--color-nav-content) sm:block"
      data-site={label}
    >
      <ul className="relative mx-auto flex max-w-6xl flex-wrap px-1 sm:px-2">
        {sections.map((s) => {
          const box = s.supernav ? supernavs[s.supernav] : undefined;
          const trigger = (
            <Link href={s.url} className={linkClass} title={s.hint ?? undefined}>
              {s.title}
            </Link>
          );
          if (!box && s.children.length === 0)
            return (
              <li key={s.id} id={slugify(s.title)}>
                {trigger}
              </li>
            );
          return (
            <MegaMenuItem key={s.id} id={slugify(s.title)} trigger={trigger}>
              <div className="grid gap-4 p-4 md:grid-cols-[14rem_1fr]">
                <ul aria-label={`${s.title} links`} className="space-y-0.5">
                  {s.children.map((c) => (
                    <li key={c.id}>
                      <Link
                        href={c.url}
                        className="hover:bg-base-200 focus-visible:bg-base-200 rounded-field block px-2 py-1 text-sm"
                        title={c.hint ?? undefined}
                      >
                        {c.title}
                      </Link>
                    </li>
                  ))}
                </ul>
                {box && (
                  // python.org's supernav boxes are <li class="tier-2"> elements. An <li> start tag
                  // closes the nearest open <li> above any number of <div>s (HTML parsing), which
                  // would end this item's <li> and break hydration; a <section> stops that search.
                  <section>
                    <Markup html={box} className="supernav text-sm [&_li]:list-none" />
                  </section>
                )}
              </div>
            </MegaMenuItem>
          );
        })}
      </ul>
    </nav>
  );
}

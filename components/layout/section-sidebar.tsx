import { IntentLink as Link } from "@/components/ui/intent-link";
import type { SectionMenu } from "@/lib/navigation/types";

/**
 * A section's links beside a page (templates/sitetree/sidebar_menu.html), the one for the
 * visited page's branch marked current. Feed it `loadSectionMenu(path)` from lib/navigation/loaders
 * (as `menu`, or spread: title, url, items and the current item's url).
 */
export function SectionSidebar(props: { menu: SectionMenu } | SectionMenu) {
  const { title, url, items, current } = "menu" in props ? props.menu : props;
  if (items.length === 0) return null;
  const external = (u: string) => !u.startsWith("/");
  return (
    <nav aria-label={`${title} section`} className="bg-base-200 rounded-box w-full p-2">
      <h2 className="px-3 py-1 font-semibold">
        {external(url) ? <a href={url}>{title}</a> : <Link href={url}>{title}</Link>}
      </h2>
      <ul className="menu w-full p-0">
        {items.map((item) => {
          const here = item.url === current;
          const cls = here ? "menu-active" : undefined;
          return (
            <li key={item.url + item.title}>
              {external(item.url) ? (
                <a href={item.url} className={cls} aria-current={here ? "page" : undefined}>
                  {item.title}
                </a>
              ) : (
                <Link href={item.url} className={cls} aria-current={here ? "page" : undefined}>
                  {item.title}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { IntentLink as Link } from "@/components/ui/intent-link";
import type { MenuSection } from "@/lib/navigation/types";

/**
 * The phone menu (≤ 640 px): a "Menu" button disclosing the sections as an accordion, in the
 * page flow under the header, never over the content (pythondotorg#1003, #3009). It closes on
 * Escape and whenever the page changes.
 */
export function MobileMenu({ sections }: { sections: MenuSection[] }) {
  const pathname = usePathname();
  // Open only on the page where it was opened: navigating closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt !== null && openAt === pathname;
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-ghost text-neutral-content border-neutral-content/40 order-2 ml-auto sm:hidden"
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        Menu
      </button>
      <nav
        id="mobile-menu"
        aria-label="Menu"
        hidden={!open}
        className="order-last w-full basis-full sm:hidden"
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpenAt(null);
        }}
      >
        <ul className="bg-base-100 text-base-content rounded-box max-h-[70vh] overflow-y-auto p-1">
          {sections.map((s) => (
            <li key={s.id} className="border-base-300 border-b last:border-b-0">
              {s.children.length === 0 ? (
                <Link href={s.url} className="block px-3 py-2 font-medium">
                  {s.title}
                </Link>
              ) : (
                <details>
                  <summary className="cursor-pointer px-3 py-2 font-medium">{s.title}</summary>
                  <ul className="pb-2 pl-4">
                    <li>
                      <Link href={s.url} className="block px-3 py-1.5 text-sm">
                        {s.title} home
                      </Link>
                    </li>
                    {s.children.map((c) => (
                      <li key={c.id}>
                        <Link href={c.url} className="block px-3 py-1.5 text-sm">
                          {c.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

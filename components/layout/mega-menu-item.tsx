"use client";

import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";

/**
 * One main-nav item with its mega-menu panel. CSS opens the panel on hover and on keyboard
 * focus inside the item (group-hover, group-focus-within); Escape hides it and returns focus to
 * the item's link until the pointer or focus leaves.
 */
export function MegaMenuItem({
  id,
  trigger,
  children,
}: {
  id: string;
  trigger: ReactNode;
  children: ReactNode;
}) {
  const [dismissed, setDismissed] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.key !== "Escape" || dismissed) return;
    setDismissed(true);
    e.currentTarget.querySelector<HTMLAnchorElement>("a")?.focus();
  };
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDismissed(false);
  };
  return (
    <li
      id={id}
      className="group"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onMouseLeave={() => setDismissed(false)}
    >
      {trigger}
      <div
        hidden={dismissed}
        data-testid={`mega-menu-${id}`}
        className="rounded-b-box bg-base-100 text-base-content invisible absolute inset-x-0 top-full z-30 shadow-lg group-focus-within:visible group-hover:visible"
      >
        {children}
      </div>
    </li>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A next/link that prefetches on intent (hover, focus, touch), not when it scrolls into view. The
 * site's chrome (header, menus, footer, sidebars) shows ~80 links on every page; viewport
 * prefetching sent one RSC request per link on each view, even behind a CDN (issue #22).
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" ? href : null;
  const prefetch = () => {
    if (url?.startsWith("/") && !url.startsWith("//")) router.prefetch(url);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => (prefetch(), onMouseEnter?.(e))}
      onFocus={(e) => (prefetch(), onFocus?.(e))}
      onTouchStart={(e) => (prefetch(), onTouchStart?.(e))}
    />
  );
}

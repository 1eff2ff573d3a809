/**
 * Page routes enumerated from app/ (not listed by hand), so a new page is covered by the route
 * walks (AC-AUTHZ-1, AC-HDR-1) the day it is added. Route groups `(x)` add no URL segment;
 * dynamic segments are filled from `samples` (keyed "[id]", or "parent/[id]" where one name means
 * different things), and a page whose segment has no sample is skipped.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function pageRoutes(dir: string, samples: Record<string, string> = {}, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === "api") continue;
      const group = /^\(.+\)$/.test(name);
      const dynamic = /^\[.+\]$/.test(name);
      const sample = samples[`${path.basename(dir)}/${name}`] ?? samples[name];
      if (dynamic && sample === undefined) continue;
      const segment = group ? "" : `/${dynamic ? sample : name}`;
      out.push(...pageRoutes(full, samples, `${prefix}${segment}`));
    } else if (name === "page.tsx") out.push(`${prefix}/`);
  }
  return out;
}

export const appDir = path.join(process.cwd(), "app");

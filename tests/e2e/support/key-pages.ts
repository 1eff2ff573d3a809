/**
 * The ten key pages (issue #21), the two themes and the two widths they are shown in: shared by
 * `npm run screenshots` (scripts/screenshots.ts, the pictures in docs/screenshots/) and the visual
 * regression spec (tests/e2e/visual.spec.ts, the baselines it compares against).
 */
export const KEY_PAGES = [
  ["home", "/"],
  ["downloads", "/downloads/"],
  ["release", "/downloads/release/python-3140/"],
  ["docs", "/doc/"],
  ["about", "/about/"],
  ["events", "/events/"],
  ["jobs", "/jobs/"],
  ["success-stories", "/success-stories/"],
  ["blogs", "/blogs/"],
  ["search", "/search/?q=python"],
] as const satisfies readonly (readonly [name: string, path: string])[];
export type KeyPage = (typeof KEY_PAGES)[number][0];
/** The value stored under localStorage "theme" by the theme toggle. */
export const THEMES = { light: "python", dark: "python-dark" } as const;
export const WIDTHS = { desktop: 1366, phone: 390 } as const;
/** The first screen only: what a visitor sees before scrolling. */
export const SCREEN_HEIGHT = 900;

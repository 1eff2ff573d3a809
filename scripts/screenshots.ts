/**
 * `npm run screenshots`: the ten key pages in both themes at a desktop and a phone width, written
 * to docs/screenshots/ (what the site looks like, for the README and for reviewing a change of
 * look). Point it at a running site: `SITE=http://localhost:3000 npm run screenshots` (the
 * default), e.g. after `npm run dev` or `npm start` on the seeded database. Uses Debian's
 * Chromium (CHROMIUM_PATH), as the tests do.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { KEY_PAGES, SCREEN_HEIGHT, THEMES, WIDTHS } from "../tests/e2e/support/key-pages";
import { rootDir } from "./db/engine";

const site = (process.env.SITE ?? "http://localhost:3000").replace(/\/$/, "");
const outDir = path.join(rootDir, "docs/screenshots");
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let failures = 0;
try {
  for (const [themeName, theme] of Object.entries(THEMES))
    for (const [widthName, width] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({
        viewport: { width, height: SCREEN_HEIGHT },
        reducedMotion: "reduce",
      });
      await context.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
      const page = await context.newPage();
      for (const [name, p] of KEY_PAGES) {
        const res = await page.goto(site + p, { waitUntil: "networkidle" });
        const file = `${name}-${themeName}-${widthName}.png`;
        if (!res || res.status() !== 200) {
          console.error(`✗ ${p} answered ${res?.status() ?? "nothing"}`);
          failures++;
          continue;
        }
        // The first screen only: what a visitor sees before scrolling, and small files.
        await page.screenshot({ path: path.join(outDir, file), animations: "disabled" });
        console.log(`✓ ${file}`);
      }
      await context.close();
    }
} finally {
  await browser.close();
}
if (failures) {
  console.error(`${failures} page(s) did not answer 200 at ${site}: is the site running and seeded?`);
  process.exit(1);
}

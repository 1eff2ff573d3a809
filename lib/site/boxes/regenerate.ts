/**
 * Writes the code-generated boxes from their sources (a composition root: reads downloads, blogs
 * and success stories, writes through lib/boxes/mutations). The news and story generators leave
 * their box alone when the source is missing, as Django's update_* functions return early; the
 * download boxes instead say that no release is available (a box left alone would keep offering
 * the files of releases that were withdrawn). Nothing is written when the box already says the
 * same (writeGeneratedBox), so running them again is harmless.
 */
import "server-only";
import type { GeneratedBoxLabel } from "@/lib/boxes/constants";
import { writeGeneratedBox } from "@/lib/boxes/mutations";
import { listOperatingSystems } from "@/lib/downloads/os/data";
import { getLatestRelease } from "@/lib/downloads/release/data";
import { log } from "@/lib/platform/log";
import { getLatestPythonBlogEntry, getSupernavStory } from "./data";
import {
  downloadSourcesHtml,
  homepageDownloadsHtml,
  supernavBlogHtml,
  supernavDownloadsHtml,
  supernavStoryHtml,
} from "./html";

/** What the download boxes say while no release is published: no file, only the downloads page. */
const NO_RELEASE_HTML =
  '<p>No Python release is available to download right now. See <a href="/downloads/">the downloads page</a>.</p>';

/** What one generator did: written, unchanged, or skipped (no source data). */
export type RegenerateOutcome = "written" | "unchanged" | "skipped";

const write = async (label: GeneratedBoxLabel, html: string | null): Promise<RegenerateOutcome> => {
  if (html === null) {
    log.info({ label }, "generated box skipped: its source data is missing");
    return "skipped";
  }
  return (await writeGeneratedBox(label, html)) ? "written" : "unchanged";
};

/** homepage-downloads, supernav-python-downloads and download-sources, from the latest releases. */
export async function regenerateDownloadBoxes(): Promise<Record<string, RegenerateOutcome>> {
  const latest = await getLatestRelease(3);
  const systems = await listOperatingSystems();
  const button = (osSlug: string) => latest?.buttons.find((b) => b.osSlug === osSlug);
  const manager = (osSlug: string) => latest?.installManager.find((b) => b.osSlug === osSlug);
  const perOs = systems.map((os) => {
    const py = button(os.slug);
    const pm = manager(os.slug);
    return {
      osSlug: os.slug,
      osName: os.name,
      python3: py && latest ? { url: py.url, releaseName: latest.name } : null,
      pymanager: pm ? { url: pm.url } : null,
    };
  });
  const source = button("source");
  return {
    "homepage-downloads": await write(
      "homepage-downloads",
      latest ? homepageDownloadsHtml(latest) : NO_RELEASE_HTML,
    ),
    "supernav-python-downloads": await write(
      "supernav-python-downloads",
      perOs.some((o) => o.python3 || o.pymanager) ? supernavDownloadsHtml(perOs) : NO_RELEASE_HTML,
    ),
    "download-sources": await write(
      "download-sources",
      source ? downloadSourcesHtml(source.url) : NO_RELEASE_HTML,
    ),
  };
}

/** supernav-python-blog, from the Python Insider's newest entry. */
export async function regenerateBlogBox(): Promise<RegenerateOutcome> {
  const entry = await getLatestPythonBlogEntry();
  return write("supernav-python-blog", entry ? supernavBlogHtml(entry) : null);
}

/** supernav-python-success-stories, from the featured story. */
export async function regenerateStoryBox(): Promise<RegenerateOutcome> {
  const story = await getSupernavStory();
  return write("supernav-python-success-stories", story ? supernavStoryHtml(story) : null);
}

/** Every generated box (the daily repair, the seed, and the boxes/regenerate.requested event). */
export async function regenerateAllBoxes(): Promise<Record<string, RegenerateOutcome>> {
  return {
    ...(await regenerateDownloadBoxes()),
    "supernav-python-blog": await regenerateBlogBox(),
    "supernav-python-success-stories": await regenerateStoryBox(),
  };
}

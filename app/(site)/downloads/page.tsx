import type { Metadata } from "next";
import Link from "next/link";
import { ActiveReleases } from "@/components/downloads/active-releases";
import { DownloadHero } from "@/components/downloads/download-hero";
import { ReleaseTable } from "@/components/downloads/release-table";
import { Markup } from "@/components/ui/markup";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadDownloadsHome } from "@/lib/downloads/loaders";

export const metadata: Metadata = { title: "Download Python" };

export default async function DownloadsPage() {
  const [{ latest, releases, active }, boxes] = await Promise.all([
    loadDownloadsHome(),
    loadBoxes(["download-banner"]),
  ]);
  return (
    <div className="space-y-8">
      {latest ? (
        <DownloadHero release={latest} />
      ) : (
        <>
          <h1 className="text-3xl font-bold">Download Python</h1>
          <p role="status" data-testid="no-release">
            No Python release has been published here yet. Installers will appear as soon as one is.
          </p>
        </>
      )}
      {boxes["download-banner"] && <Markup html={boxes["download-banner"]} />}
      <p>
        Installers by platform:{" "}
        <Link href="/downloads/operating-systems/" className="link">
          all operating systems
        </Link>
        , or subscribe to the{" "}
        <a href="/downloads/feed.rss" className="link">
          releases feed
        </a>
        .
      </p>
      <section aria-labelledby="active-heading">
        <h2 id="active-heading" className="mb-2 text-xl font-semibold">
          Active Python releases
        </h2>
        {active.length ? (
          <ActiveReleases series={active} />
        ) : (
          <p>The support status of the release series is not available right now.</p>
        )}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading" className="mb-2 text-xl font-semibold">
          Looking for a specific release?
        </h2>
        {releases.length ? <ReleaseTable releases={releases} /> : <p>No releases yet.</p>}
      </section>
    </div>
  );
}

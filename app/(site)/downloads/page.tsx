import type { Metadata } from "next";
import Link from "next/link";
import { BannerAlert } from "@/components/banners/banner-alert";
import { Box } from "@/components/boxes/box";
import { ActiveReleases } from "@/components/downloads/active-releases";
import { DownloadHero } from "@/components/downloads/download-hero";
import { ReleaseTable } from "@/components/downloads/release-table";
import { DownloadSponsors } from "@/components/sponsors/sponsors-by-package";
import { loadActiveBanner } from "@/lib/banners/loaders";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadDownloadsHome } from "@/lib/downloads/loaders";
import { loadPlacedSponsors } from "@/lib/sponsors/loaders";

export const metadata: Metadata = { title: "Download Python" };

// apps/downloads/templates/downloads/index.html: every box the landing shows.
const BOXES = [
  "download-banner",
  "download-otherreleases",
  "download-widget1",
  "download-sources",
  "download-widget3",
  "download-widget4",
  "usermessage-releaseschedule",
  "download-dev",
  "download-pgp",
];

export default async function DownloadsPage() {
  const [{ latest, releases, active }, boxes, banner, sponsors] = await Promise.all([
    loadDownloadsHome(),
    loadBoxes(BOXES),
    loadActiveBanner(),
    loadPlacedSponsors("download"),
  ]);
  const card = "card bg-base-200 p-4";
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
      <Box label="download-banner" html={boxes["download-banner"]} />
      {banner && <BannerAlert banner={banner} />}
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
        <Box label="download-otherreleases" html={boxes["download-otherreleases"]} className="mt-2" />
      </section>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Box label="download-widget1" html={boxes["download-widget1"]} className={card} />
        <Box label="download-sources" html={boxes["download-sources"]} className={card} />
        <Box label="download-widget3" html={boxes["download-widget3"]} className={card} />
        <Box label="download-widget4" html={boxes["download-widget4"]} className={card} />
      </div>
      <Box label="usermessage-releaseschedule" html={boxes["usermessage-releaseschedule"]} />
      <Box label="download-dev" html={boxes["download-dev"]} />
      <Box label="download-pgp" html={boxes["download-pgp"]} />
      <DownloadSponsors sponsors={sponsors} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { BannerAlert } from "@/components/banners/banner-alert";
import { Box } from "@/components/boxes/box";
import { FeedList } from "@/components/boxes/feed-list";
import { loadActivePsfBanner } from "@/lib/banners/loaders";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadPsfNews } from "@/lib/site/boxes/loaders";

export const metadata: Metadata = { title: "Python Software Foundation" };

const BOXES = ["psf-banner", "psf-widget0", "psf-widget1", "psf-widget2", "psf-widget3", "psf-grants"];

/** templates/psf/index.html: the PSF's landing page. */
export default async function PsfLandingPage() {
  const [boxes, banner, news] = await Promise.all([loadBoxes(BOXES), loadActivePsfBanner(), loadPsfNews()]);
  const card = "card bg-base-200 p-4";
  return (
    <div className="space-y-8">
      <Box label="psf-banner" html={boxes["psf-banner"]} className="text-lg" />
      {banner && <BannerAlert banner={banner} />}
      <Box label="psf-widget0" html={boxes["psf-widget0"]} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Box label="psf-widget1" html={boxes["psf-widget1"]} className={card} />
        <Box label="psf-widget2" html={boxes["psf-widget2"]} className={card} />
        <Box label="psf-widget3" html={boxes["psf-widget3"]} className={card} />
        <section aria-labelledby="psf-sponsors" className={card}>
          <h2 id="psf-sponsors" className="text-lg font-semibold">
            Sponsors
          </h2>
          <p className="my-2">Sponsors make the Foundation&apos;s work for the Python community possible.</p>
          <Link href="/psf/sponsorship/" className="btn btn-sm">
            Sponsorship possibilities
          </Link>
        </section>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Box label="psf-grants" html={boxes["psf-grants"]} className={card} />
        <FeedList heading="PSF News" entries={news} moreHref="https://pyfound.blogspot.com/" />
      </div>
    </div>
  );
}

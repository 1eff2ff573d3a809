import type { Metadata } from "next";
import Link from "next/link";
import { SponsorsByPackage } from "@/components/sponsors/sponsors-by-package";
import { loadSponsorsPage } from "@/lib/sponsors/loaders";

export const metadata: Metadata = { title: "PSF Sponsors" };

/** /psf/sponsors/ (§5.7): the running sponsorships, grouped by package, logos of equal area within a package. */
export default async function SponsorsPage() {
  const groups = await loadSponsorsPage();
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Python Software Foundation Sponsors</h1>
        <p className="max-w-3xl">
          The organisations below fund the Python Software Foundation&apos;s work for the Python community:
          PyPI, PyCon US, the developers in residence and grants around the world.{" "}
          <Link href="/psf/sponsorship/" className="link">
            Become a sponsor
          </Link>
          .
        </p>
      </header>
      <SponsorsByPackage groups={groups} />
    </article>
  );
}

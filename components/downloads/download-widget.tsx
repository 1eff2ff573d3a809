import Link from "next/link";
import { pingUrlFor } from "@/lib/downloads/stats/utils";
import type { LatestRelease } from "@/lib/downloads/types";

/** Homepage download widget: the latest Python 3 release and its per-OS installers. */
export function DownloadWidget({ release }: { release: LatestRelease | null }) {
  return (
    <section aria-labelledby="home-download" className="card bg-base-200">
      <div className="card-body">
        <h2 id="home-download" className="card-title">
          Download
        </h2>
        {release ? (
          <>
            <p>
              Latest:{" "}
              <Link
                href={`/downloads/release/${release.slug}/`}
                className="link font-semibold"
                data-testid="latest-release"
              >
                {release.name}
              </Link>
            </p>
            <ul className="flex flex-wrap gap-2">
              {release.buttons.map((b) => (
                <li key={b.osSlug}>
                  <a href={b.url} ping={pingUrlFor(b.url)} className="btn btn-primary btn-sm">
                    {b.osName}
                  </a>
                </li>
              ))}
            </ul>
            {release.installManager.map((m) => (
              <p key={m.osSlug} className="text-sm">
                On {m.osName}, the{" "}
                <a href={m.url} ping={pingUrlFor(m.url)} className="link" data-testid="install-manager">
                  Python install manager
                </a>{" "}
                installs and updates every version.
              </p>
            ))}
          </>
        ) : (
          <p>No release has been published yet.</p>
        )}
        <Link href="/downloads/" className="link text-sm">
          All releases
        </Link>
      </div>
    </section>
  );
}

"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { pingUrlFor } from "@/lib/downloads/stats/utils";
import type { LatestRelease } from "@/lib/downloads/types";
import { detectDownload, type Detected, type PlatformHints } from "./os-detect";

function subscribe() {
  return () => undefined;
}

function readAgent(): string {
  return navigator.userAgent;
}

type UserAgentData = { getHighEntropyValues(hints: string[]): Promise<{ architecture?: string }> };

/**
 * The CPU architecture from User-Agent Client Hints where the browser has them (Chromium: on
 * Windows on ARM its user agent still says x64), and touch points; null until known.
 */
function usePlatformHints(): PlatformHints | null {
  const [hints, setHints] = useState<PlatformHints | null>(null);
  useEffect(() => {
    let live = true;
    const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
    const architecture: Promise<string | undefined> = data?.getHighEntropyValues
      ? data.getHighEntropyValues(["architecture"]).then(
          (v) => v.architecture,
          () => undefined,
        )
      : Promise.resolve(undefined);
    void architecture.then((arch) => {
      if (live) setHints({ architecture: arch, touchPoints: navigator.maxTouchPoints ?? 0 });
    });
    return () => {
      live = false;
    };
  }, []);
  return hints;
}

/**
 * The big download button: the installer for the visitor's OS and CPU when we are sure of it,
 * otherwise (and before JavaScript runs) a choice of every platform. Where the Python install
 * manager has a file for that OS (Windows), it is the button, and the release's own installer
 * for that CPU is offered right under it.
 */
export function DownloadHero({ release }: { release: LatestRelease }) {
  const agent = useSyncExternalStore(subscribe, readAgent, () => "");
  const hints = usePlatformHints();
  const detected: Detected | null = agent && hints ? detectDownload(agent, release.files, hints) : null;
  const manager = detected
    ? release.installManager.find((m) => m.osSlug === detected.file.osSlug)
    : undefined;
  return (
    <section aria-labelledby="download-hero" className="rounded-box bg-neutral text-neutral-content p-6">
      <h1 id="download-hero" className="text-2xl font-bold sm:text-3xl">
        {detected
          ? `Download the latest version for ${detected.label}`
          : "Download the latest version of Python"}
      </h1>
      {detected && manager ? (
        <>
          <p className="mt-4">
            <a
              href={manager.url}
              ping={pingUrlFor(manager.url)}
              className="btn btn-secondary btn-lg"
              data-testid="download-button"
            >
              Download Python install manager
            </a>
            <span className="ml-3 text-sm opacity-80">{manager.fileName}</span>
          </p>
          <p className="mt-2 text-sm">
            Or get the standalone installer for{" "}
            <a
              href={detected.file.url}
              ping={pingUrlFor(detected.file.url)}
              className="link font-semibold"
              data-testid="standalone-installer"
            >
              {release.name}
            </a>{" "}
            ({detected.file.name})
          </p>
        </>
      ) : detected ? (
        <p className="mt-4">
          <a
            href={detected.file.url}
            ping={pingUrlFor(detected.file.url)}
            className="btn btn-secondary btn-lg"
            data-testid="download-button"
          >
            Download {release.name}
          </a>
          <span className="ml-3 text-sm opacity-80">{detected.file.name}</span>
        </p>
      ) : null}
      <div className="mt-4">
        <p className="text-sm">
          {detected ? "Looking for another platform?" : "Choose your operating system:"}
        </p>
        <ul className="mt-2 flex flex-wrap gap-2" data-testid="download-choices">
          {release.buttons.map((b) => (
            <li key={b.osSlug}>
              <a href={b.url} ping={pingUrlFor(b.url)} className="btn btn-sm">
                {b.osName}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

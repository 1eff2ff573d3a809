import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadBoxes } from "@/lib/boxes/loaders";
import { SUPERNAV_LABELS } from "@/lib/navigation/constants";
import { loadSiteChrome } from "@/lib/navigation/loaders";
import { THEME_SCRIPT } from "@/lib/platform/cdn/csp.mjs";
import { env } from "@/lib/platform/env";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute URLs for the OpenGraph image (app/opengraph-image.png) and card tags.
  metadataBase: new URL(env.SITE_URL),
  title: { default: "Welcome to Python.org", template: "%s | Python.org" },
  description: "The official home of the Python Programming Language",
  // No title here: Next fills og:title and og:description from each page's own (no page sets its
  // own openGraph, which would replace this object).
  openGraph: { siteName: "Python.org", type: "website", locale: "en_US" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Both cached and tagged (navigation, boxes): the shell reads no cookies or headers, so pages stay cacheable.
  const [{ year, ...nav }, supernavs] = await Promise.all([
    loadSiteChrome(),
    loadBoxes([...SUPERNAV_LABELS]),
  ]);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Allowed by its hash in every CSP (lib/platform/cdn/csp.mjs), so cached pages need no nonce for it. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="bg-base-100 text-base-content flex min-h-screen flex-col">
        <a
          href="#content"
          className="btn btn-secondary btn-sm sr-only z-50 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader
          nav={nav}
          supernavs={supernavs}
          logoUrl={env.SITE_LOGO_URL}
          psfLogoUrl={env.PSF_LOGO_URL}
        />
        <main id="content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-3 py-6 sm:px-4">
          {children}
        </main>
        <SiteFooter sections={nav.footer} year={year} />
      </body>
    </html>
  );
}

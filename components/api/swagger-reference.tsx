"use client";

import Script from "next/script";
import { useRef } from "react";

type SwaggerUIBundle = (opts: Record<string, unknown>) => unknown;

/**
 * Swagger UI (served from our origin by /api/docs/<asset>) mounted inside the site's page, so the
 * reference has the site's header, footer and theme. Script loaded by URL, never inline: it works
 * under the site's Content-Security-Policy.
 */
export function SwaggerReference({ specUrl }: { specUrl: string }) {
  const mount = useRef<HTMLDivElement>(null);
  const start = () => {
    const bundle = (window as unknown as { SwaggerUIBundle?: SwaggerUIBundle }).SwaggerUIBundle;
    if (!bundle || !mount.current) return;
    const node = mount.current;
    // Without deep links an operation's path is plain text inside its toggle button, not a link
    // nested in a button (axe nested-interactive, and 24 px targets on phones).
    bundle({
      url: specUrl,
      domNode: node,
      deepLinking: false,
      tryItOutEnabled: false,
      // Swagger UI's server picker has no accessible name of its own.
      onComplete: () => node.querySelector("select#servers")?.setAttribute("aria-label", "Server"),
    });
  };
  return (
    <>
      {/* Swagger UI's own stylesheet, scoped by its .swagger-ui class. */}
      {/* eslint-disable-next-line @next/next/no-css-tags -- a package's file served by our route */}
      <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
      <div ref={mount} className="api-reference bg-base-100 rounded-box" data-testid="api-reference" />
      <Script src="/api/docs/swagger-ui-bundle.js" strategy="afterInteractive" onReady={start} />
    </>
  );
}

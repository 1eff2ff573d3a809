import type { Metadata } from "next";
import Link from "next/link";
import { SwaggerReference } from "@/components/api/swagger-reference";

export const metadata: Metadata = {
  title: "API reference",
  description:
    "The python.org REST APIs: releases, files, pages, jobs, events and sponsors, with every field and filter.",
};

/** GET /api/docs/: the interactive reference of /api/openapi.json, in the site's layout. */
export default function ApiDocsPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">python.org API reference</h1>
      <p className="max-w-3xl">
        Reads are open to everyone. Writes need a staff API key or token: create one on{" "}
        <Link className="link" href="/users/api-keys/" prefetch={false}>
          your API keys page
        </Link>
        . The machine-readable description is{" "}
        <a className="link" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <SwaggerReference specUrl="/api/openapi.json" />
    </div>
  );
}

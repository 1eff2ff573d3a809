import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { loadDocsVersions } from "@/lib/downloads/loaders";

export const metadata: Metadata = { title: "Python documentation by version" };

export default async function DocsVersionsPage() {
  const groups = await loadDocsVersions();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Python documentation by version</h1>
      <p>
        Documentation for the development version is at{" "}
        <a href="https://docs.python.org/dev/" className="link">
          docs.python.org/dev
        </a>
        .
      </p>
      {groups.map((g) => (
        <section key={g.series} aria-labelledby={`series-${g.series}`}>
          <h2 id={`series-${g.series}`} className="text-xl font-semibold">
            Python {g.series}
          </h2>
          <ul className="list-disc pl-6" data-testid={`docs-${g.series}`}>
            {g.versions.map((v) => (
              <li key={v.version}>
                <a href={v.url} className="link">
                  {v.label}
                </a>
                , released on <DateTime value={v.releaseDate} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

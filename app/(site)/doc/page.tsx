import type { Metadata } from "next";
import Link from "next/link";
import { Box } from "@/components/boxes/box";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadLatestPython3 } from "@/lib/downloads/loaders";
import { getVersion, seriesOf } from "@/lib/downloads/utils";

export const metadata: Metadata = { title: "Our Documentation" };

const BOXES = [
  "documentation-banner",
  "documentation-beginners",
  "documentation-moderate",
  "documentation-advanced",
  "documentation-general",
  "usermessage-helplink",
  "widget-weneedyou",
];

/** templates/python/documentation.html (pydotorg/views.py DocumentationIndexView). */
export default async function DocumentationPage() {
  const [latest, boxes] = await Promise.all([loadLatestPython3(), loadBoxes(BOXES)]);
  const version = latest ? getVersion(latest.name) : "";
  const series = seriesOf(version);
  const card = "card bg-base-200 p-4";
  return (
    <div className="space-y-8">
      <h1 className="sr-only">Python documentation</h1>
      <Box label="documentation-banner" html={boxes["documentation-banner"]} className="text-lg" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Box label="documentation-beginners" html={boxes["documentation-beginners"]} className={card} />
        <Box label="documentation-moderate" html={boxes["documentation-moderate"]} className={card} />
        <Box label="documentation-advanced" html={boxes["documentation-advanced"]} className={card} />
        <Box label="documentation-general" html={boxes["documentation-general"]} className={card} />
      </div>
      <section aria-labelledby="docs-by-version" className="card bg-base-200 p-5">
        <h2 id="docs-by-version" className="text-xl font-semibold">
          Python 3 resources
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <a href="https://docs.python.org/3/" className="btn btn-primary">
            {series ? `Browse Python ${version} Documentation` : "Browse Current Documentation"}
          </a>
          <a
            href={
              series
                ? `https://docs.python.org/3/whatsnew/${series}.html`
                : "https://docs.python.org/3/whatsnew/"
            }
            className="btn"
          >
            {series ? `What's new in Python ${series}` : "What's new in Python 3"}
          </a>
        </div>
        <p className="mt-3">
          Documentation for earlier releases is listed{" "}
          <Link href="/doc/versions/" className="link">
            by version
          </Link>
          .
        </p>
      </section>
      <Box label="usermessage-helplink" html={boxes["usermessage-helplink"]} className="alert" />
      <Box label="widget-weneedyou" html={boxes["widget-weneedyou"]} className="card bg-base-200 p-6" />
    </div>
  );
}

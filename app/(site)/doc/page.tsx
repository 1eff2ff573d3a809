import type { Metadata } from "next";
import Link from "next/link";
import { loadLatestPython3 } from "@/lib/downloads/loaders";
import { getVersion, seriesOf } from "@/lib/downloads/utils";

export const metadata: Metadata = { title: "Our Documentation" };

export default async function DocumentationPage() {
  const latest = await loadLatestPython3();
  const version = latest ? getVersion(latest.name) : "";
  const series = seriesOf(version);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Python documentation</h1>
      <p>
        The documentation for every Python version lives on docs.python.org: the tutorial, the library and
        language references, and guides for installing and extending Python.
      </p>
      <div className="flex flex-wrap gap-3">
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
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="card bg-base-200 p-4">
          <h2 className="font-semibold">Beginners</h2>
          <p>
            Start with the{" "}
            <a href="https://docs.python.org/3/tutorial/" className="link">
              tutorial
            </a>
            , then keep the library reference close.
          </p>
        </li>
        <li className="card bg-base-200 p-4">
          <h2 className="font-semibold">Older versions</h2>
          <p>
            Documentation for earlier releases is listed{" "}
            <Link href="/doc/versions/" className="link">
              by version
            </Link>
            .
          </p>
        </li>
      </ul>
    </div>
  );
}

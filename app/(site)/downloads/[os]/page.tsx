import type { Metadata } from "next";
import Link from "next/link";
import { FilesTable } from "@/components/downloads/files-table";
import { DateTime } from "@/components/ui/date-time";
import { loadOperatingSystems, loadOsReleases } from "@/lib/downloads/loaders";

type Props = { params: Promise<{ os: string }> };

export async function generateStaticParams() {
  return (await loadOperatingSystems()).map((o) => ({ os: o.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { os } = await loadOsReleases((await params).os);
  return { title: os.slug === "source" ? "Python Source Releases" : `Python Releases for ${os.name}` };
}

export default async function OsReleasesPage({ params }: Props) {
  const data = await loadOsReleases((await params).os);
  const title = data.os.slug === "source" ? "Python Source Releases" : `Python Releases for ${data.os.name}`;
  const groups = [
    { heading: "Stable Releases", entries: data.stable },
    { heading: "Pre-releases", entries: data.preReleases },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      {data.latest && (
        <p>
          Latest Python 3 release:{" "}
          <Link href={`/downloads/release/${data.latest.slug}/`} className="link">
            {data.latest.name}
          </Link>
        </p>
      )}
      {groups.map((g) => (
        <section key={g.heading} className="space-y-4">
          <h2 className="text-xl font-semibold">{g.heading}</h2>
          {g.entries.length === 0 && <p>None at the moment.</p>}
          {g.entries.map(({ release, files }) => (
            <div key={release.slug}>
              <h3 className="font-semibold">
                <Link href={`/downloads/release/${release.slug}/`} className="link">
                  {release.name}
                </Link>{" "}
                <span className="text-sm font-normal">
                  (<DateTime value={release.releaseDate} />)
                </span>
              </h3>
              <FilesTable files={files} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ReleasesList } from "@/components/downloads/admin/releases-list";
import { loadAdminReleases } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Releases · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
export default async function AdminReleasesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminReleases(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Releases</h1>
        <Link className="btn btn-primary btn-sm" href="/admin/downloads/releases/new/">
          New release
        </Link>
        <Link className="link" href="/admin/downloads/os/">
          Operating systems
        </Link>
        <Link className="link" href="/admin/downloads/keys/">
          Release manager keys
        </Link>
        <Link className="link" href="/admin/downloads/stats/">
          Download statistics
        </Link>
      </div>
      <ReleasesList params={params} rows={rows} total={total} />
    </div>
  );
}

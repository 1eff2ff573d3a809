import type { Metadata } from "next";
import Link from "next/link";
import { accentOf } from "@/components/nominations/election-header";
import { loadElections } from "@/lib/nominations/loaders";
import { electionStatus, nominationsOpen } from "@/lib/nominations/utils";

export const metadata: Metadata = { title: "Elections" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

// apps/nominations ElectionsList: every election, newest first.
export default async function ElectionsPage() {
  const elections = await loadElections();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Elections</h1>
      <p className="max-w-2xl">
        The PSF&apos;s members elect its Board of Directors, and PyPA and the PSF together elect the Packaging
        Council. Nominations open a few weeks before each vote.
      </p>
      <ul className="space-y-3">
        {elections.map((e) => (
          <li key={e.id} className="card bg-base-200 border-l-8 p-4" style={{ borderColor: accentOf(e) }}>
            <h2 className="text-xl font-semibold">
              <Link href={`/nominations/election/${e.slug}/`}>{e.name}</Link>
            </h2>
            <p className="text-base-content/80">
              {e.kind?.name} · {dateFormat.format(e.date)} · {electionStatus(e)}
            </p>
            <p className="space-x-4">
              <Link href={`/nominations/elections/${e.slug}/nominees/`}>Nominees</Link>
              {nominationsOpen(e) && <Link href={`/nominations/${e.slug}/create/`}>Make a nomination</Link>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

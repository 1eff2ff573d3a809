import type { Metadata } from "next";
import Link from "next/link";
import { ElectionHeader } from "@/components/nominations/election-header";
import { Markup } from "@/components/ui/markup";
import { loadElection } from "@/lib/nominations/loaders";
import { nominationsOpen } from "@/lib/nominations/utils";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadElection((await params).slug)).name };
}

// apps/nominations ElectionDetail (404 for an unknown slug), themed by the kind's accent colour.
export default async function ElectionPage({ params }: Props) {
  const election = await loadElection((await params).slug);
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} />
      <Markup html={election.descriptionRendered} className="max-w-3xl" />
      <p className="space-x-4">
        <Link className="btn" href={`/nominations/elections/${election.slug}/nominees/`}>
          Nominees
        </Link>
        {nominationsOpen(election) && (
          <Link className="btn btn-primary" href={`/nominations/${election.slug}/create/`}>
            Make a nomination
          </Link>
        )}
        <Link href="/nominations/elections/">All elections</Link>
      </p>
    </div>
  );
}

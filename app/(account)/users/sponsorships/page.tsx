import type { Metadata } from "next";
import Link from "next/link";
import { loadSponsorDashboard } from "@/lib/sponsors/dashboard/loaders";
import { STATUS_LABELS } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Your sponsorships", robots: { index: false } };

type Row = Awaited<ReturnType<typeof loadSponsorDashboard>>["active"][number];
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

function List({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <section aria-label={title} className="space-y-2">
      <h2 className="text-xl font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="list-disc pl-6">
          {rows.map((r) => (
            <li key={r.id}>
              <Link className="link" href={`/users/sponsorships/${r.id}/`}>
                {r.sponsor?.name ?? "Sponsorship"} – {r.package?.name ?? "no package"} ({r.year ?? "–"})
              </Link>{" "}
              {STATUS_LABELS[r.status]}, applied {day(r.appliedOn)}
              {r.startDate ? `, ${day(r.startDate)} to ${day(r.endDate)}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** §5.8 / users/sponsorships: the sponsorships the signed-in person applied for or is a contact of. */
export default async function SponsorDashboardPage() {
  const { active, inactive } = await loadSponsorDashboard();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Your sponsorships</h1>
      <List title="Active sponsorships" rows={active} />
      <List title="Other sponsorships" rows={inactive} />
      <Link href="/sponsors/application/" className="btn btn-sm">
        Apply for a new sponsorship
      </Link>
    </div>
  );
}

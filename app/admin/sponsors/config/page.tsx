import type { Metadata } from "next";
import Link from "next/link";
import { YearForms } from "@/components/sponsors/admin/year-forms";
import { cloneYearAction, setCurrentYearAction } from "@/lib/sponsors/admin/actions";
import { loadSponsorshipConfig } from "@/lib/sponsors/admin/loaders";

export const metadata: Metadata = { title: "Sponsorship configuration · Admin", robots: { index: false } };

/** SponsorshipCurrentYear admin: the active year, each configured year (with the application preview) and the clone form. */
export default async function SponsorshipConfigPage() {
  const { current, years } = await loadSponsorshipConfig();
  return (
    <div className="space-y-6">
      <Link href="/admin/sponsors/" className="link">
        ← Sponsorships
      </Link>
      <h1 className="text-3xl font-bold">Sponsorship configuration</h1>
      <table className="table">
        <caption className="text-left">Configured years</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Packages</th>
            <th scope="col">Benefits</th>
            <th scope="col">Application</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <td>
                {y.year}
                {y.year === current ? " (active)" : ""}
              </td>
              <td>
                <Link className="link" href={`/admin/sponsors/packages/?year=${y.year}`}>
                  {y.packages}
                  <span className="sr-only"> packages of {y.year}</span>
                </Link>
              </td>
              <td>
                <Link className="link" href={`/admin/sponsors/benefits/?year=${y.year}`}>
                  {y.benefits}
                  <span className="sr-only"> benefits of {y.year}</span>
                </Link>
              </td>
              <td>
                <Link className="link" href={`/sponsors/application/?config_year=${y.year}`}>
                  Preview the {y.year} application
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <YearForms
        current={current}
        years={years.map((y) => y.year)}
        setYear={setCurrentYearAction}
        clone={cloneYearAction}
      />
    </div>
  );
}

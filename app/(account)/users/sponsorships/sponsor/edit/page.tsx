import type { Metadata } from "next";
import Link from "next/link";
import { loadImplicitSponsorEdit } from "@/lib/sponsors/sponsor/loaders";

export const metadata: Metadata = { title: "Edit sponsor information", robots: { index: false } };

/** edit_sponsor_info_implicit: the one sponsor redirects; none or several are said and listed. */
export default async function ImplicitSponsorEditPage() {
  const sponsors = await loadImplicitSponsorEdit();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Edit sponsor information</h1>
      {sponsors.length === 0 ? (
        <p role="status">
          No Sponsors associated with your user.{" "}
          <Link className="link" href="/users/edit/">
            Edit your profile
          </Link>
        </p>
      ) : (
        <>
          <p role="status">Multiple Sponsors associated with your user.</p>
          <ul className="list-disc pl-6">
            {sponsors.map((s) => (
              <li key={s.id}>
                <Link className="link" href={`/users/sponsorships/sponsor/${s.id}/`}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

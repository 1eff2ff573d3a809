import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import { LinkNomineeForm } from "@/components/nominations/admin-link-form";
import { saveElectionAction, setElectionFlagAction } from "@/lib/nominations/admin/actions";
import { electionFields } from "@/lib/nominations/admin/constants";
import { loadAdminElection } from "@/lib/nominations/admin/loaders";

export const metadata: Metadata = { title: "Election · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const utc = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : "");
const yesNo = (v: boolean) => (v ? "yes" : "no");

export default async function AdminElectionPage({ params }: Props) {
  const { election: e, kinds } = await loadAdminElection((await params).id);
  const flag = (
    target: "nominee" | "nomination",
    id: number,
    field: "approved" | "accepted",
    on: boolean,
    who: string,
  ) => (
    <RowAction
      action={setElectionFlagAction}
      hidden={{ electionId: e.id, target, id }}
      op={field === "approved" ? (on ? "unapprove" : "approve") : on ? "unaccept" : "accept"}
      label={field === "approved" ? (on ? "Unapprove" : "Approve") : on ? "Unaccept" : "Accept"}
      srLabel={who}
    />
  );
  return (
    <div className="space-y-6">
      <Link className="link" href="/admin/nominations/">
        All elections
      </Link>
      <h1 className="text-3xl font-bold">{e.name}</h1>
      <p className="space-x-4">
        <Link href={`/nominations/election/${e.slug}/`}>View on the site</Link>
        <a href={`/admin/nominations/${e.id}/export/`} download>
          Export nominees CSV
        </a>
      </p>
      <ModelForm
        action={saveElectionAction}
        fields={electionFields(kinds)}
        initial={{
          name: e.name,
          kindId: e.kindId ? String(e.kindId) : "",
          date: e.date.toISOString().slice(0, 10),
          nominationsOpenAt: utc(e.nominationsOpenAt),
          nominationsCloseAt: utc(e.nominationsCloseAt),
          description: e.description,
          hidePreviousService: e.hidePreviousService,
        }}
        hidden={{ id: e.id }}
        submitLabel="Save"
        label={`Edit the election ${e.name}`}
      />
      <section aria-labelledby="nominees" className="space-y-2">
        <h2 id="nominees" className="text-xl font-semibold">
          Nominees
        </h2>
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">Nominee</th>
              <th scope="col">Accepted</th>
              <th scope="col">Approved</th>
              <th scope="col">Nominations</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {e.nominees.map((n) => {
              const who = n.user ? `${n.user.firstName} ${n.user.lastName} (${n.user.username})` : n.slug;
              return (
                <tr key={n.id}>
                  <td data-label="Nominee">{who}</td>
                  <td data-label="Accepted">{yesNo(n.accepted)}</td>
                  <td data-label="Approved">{yesNo(n.approved)}</td>
                  <td data-label="Nominations">{n._count.nominations}</td>
                  <td data-label="Actions" className="space-x-2">
                    {flag("nominee", n.id, "accepted", n.accepted, who)}
                    {flag("nominee", n.id, "approved", n.approved, who)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="nominations" className="space-y-2">
        <h2 id="nominations" className="text-xl font-semibold">
          Nominations
        </h2>
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">Nominee named</th>
              <th scope="col">Nominator</th>
              <th scope="col">Linked account</th>
              <th scope="col">Accepted</th>
              <th scope="col">Approved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {e.nominations.map((n) => (
              <tr key={n.id}>
                <td data-label="Nominee named">
                  <Link className="link" href={`/nominations/${e.slug}/${n.id}/`}>
                    {n.name}
                  </Link>{" "}
                  <span className="text-base-content/70">{n.email}</span>
                </td>
                <td data-label="Nominator">{n.nominator?.username ?? ""}</td>
                <td data-label="Linked account">{n.nominee?.user?.username ?? <LinkNomineeForm electionId={e.id} id={n.id} />}</td>
                <td data-label="Accepted">{yesNo(n.accepted)}</td>
                <td data-label="Approved">{yesNo(n.approved)}</td>
                <td data-label="Actions">{flag("nomination", n.id, "approved", n.approved, n.name)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

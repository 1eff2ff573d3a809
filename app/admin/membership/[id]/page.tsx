import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveMemberAction } from "@/lib/membership/admin/actions";
import { memberFields } from "@/lib/membership/admin/constants";
import { loadAdminMember } from "@/lib/membership/admin/loaders";

export const metadata: Metadata = { title: "PSF member · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminMemberPage({ params }: Props) {
  const m = await loadAdminMember((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/membership/">
        All PSF members
      </Link>
      <h1 className="text-3xl font-bold">
        {m.legalName || "Membership"}{" "}
        {m.creator && <span className="text-base-content/70 text-lg">({m.creator.username})</span>}
      </h1>
      <ModelForm
        action={saveMemberAction}
        fields={memberFields}
        initial={{
          membershipType: String(m.membershipType),
          votes: m.votes,
          legalName: m.legalName,
          preferredName: m.preferredName,
          emailAddress: m.emailAddress,
          city: m.city,
          region: m.region,
          country: m.country,
          postalCode: m.postalCode,
        }}
        hidden={{ id: m.id }}
        submitLabel="Save"
        label={`Edit the membership of ${m.legalName}`}
      />
    </div>
  );
}

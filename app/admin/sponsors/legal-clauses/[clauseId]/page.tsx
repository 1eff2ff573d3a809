import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveClauseAction } from "@/lib/sponsors/admin/catalog/actions";
import { clauseFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminClause } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Legal clause · Admin", robots: { index: false } };

type Props = { params: Promise<{ clauseId: string }> };

export default async function AdminLegalClausePage({ params }: Props) {
  const clause = (await loadAdminClause((await params).clauseId))!;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/sponsors/legal-clauses/">
        All legal clauses
      </Link>
      <h1 className="text-3xl font-bold">{clause.internalName}</h1>
      <ModelForm
        action={saveClauseAction}
        fields={clauseFields}
        initial={clause}
        hidden={{ id: clause.id }}
        submitLabel="Save"
        label={`Edit the legal clause ${clause.internalName}`}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveKindAction } from "@/lib/nominations/admin/actions";
import { kindFields } from "@/lib/nominations/admin/constants";
import { loadAdminKind } from "@/lib/nominations/admin/loaders";

export const metadata: Metadata = { title: "Election kind · Admin", robots: { index: false } };

type Props = { params: Promise<{ kindId: string }> };

export default async function AdminKindPage({ params }: Props) {
  const kind = await loadAdminKind((await params).kindId);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/nominations/kinds/">
        All election kinds
      </Link>
      <h1 className="text-3xl font-bold">{kind.name}</h1>
      <ModelForm
        action={saveKindAction}
        fields={kindFields}
        initial={{ name: kind.name, accentColor: kind.accentColor, nominationForm: kind.nominationForm }}
        hidden={{ id: kind.id }}
        submitLabel="Save"
        label={`Edit the election kind ${kind.name}`}
      />
    </div>
  );
}

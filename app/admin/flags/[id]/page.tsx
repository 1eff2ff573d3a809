import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveFlagAction } from "@/lib/flags/admin/actions";
import { flagFields } from "@/lib/flags/admin/constants";
import { loadAdminFlag } from "@/lib/flags/admin/loaders";

export const metadata: Metadata = { title: "Feature flag · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminFlagPage({ params }: Props) {
  const flag = await loadAdminFlag((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/flags/">
        All feature flags
      </Link>
      <h1 className="text-3xl font-bold">{flag.name}</h1>
      <ModelForm
        action={saveFlagAction}
        fields={flagFields}
        initial={{
          everyone: flag.everyone === null ? "" : flag.everyone ? "yes" : "no",
          superusers: flag.superusers,
          staff: flag.staff,
          testing: flag.testing,
          note: flag.note,
        }}
        hidden={{ id: flag.id }}
        submitLabel="Save"
        label={`Edit the flag ${flag.name}`}
      />
    </div>
  );
}

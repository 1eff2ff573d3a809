import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { ContentMetadata } from "@/components/work-groups/content-metadata";
import { saveWorkGroupAction } from "@/lib/work-groups/admin/actions";
import { workGroupFields } from "@/lib/work-groups/admin/constants";
import { loadAdminWorkGroup } from "@/lib/work-groups/admin/loaders";

export const metadata: Metadata = { title: "Work group · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminWorkGroupPage({ params }: Props) {
  const { id, organizers, members, created, updated, creator, lastModifiedBy, ...group } =
    await loadAdminWorkGroup((await params).id);
  const names = (rows: { user: { username: string } }[]) => rows.map((r) => r.user.username).join(", ");
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/work-groups/">
        All work groups
      </Link>
      <h1 className="text-3xl font-bold">{group.name}</h1>
      <ModelForm
        action={saveWorkGroupAction}
        fields={workGroupFields}
        initial={{ ...group, organizers: names(organizers), members: names(members) }}
        hidden={{ id }}
        submitLabel="Save"
        label={`Edit the work group ${group.name}`}
      />
      <ContentMetadata
        created={created}
        updated={updated}
        creator={creator?.username}
        lastModifiedBy={lastModifiedBy?.username}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveUserGroupAction } from "@/lib/users/user-groups/admin/actions";
import { userGroupFields } from "@/lib/users/user-groups/admin/constants";
import { loadAdminUserGroup } from "@/lib/users/user-groups/admin/loaders";

export const metadata: Metadata = { title: "Python user group · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminUserGroupPage({ params }: Props) {
  const { id, startDate, ...group } = await loadAdminUserGroup((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/user-groups/">
        All Python user groups
      </Link>
      <h1 className="text-3xl font-bold">{group.name}</h1>
      <ModelForm
        action={saveUserGroupAction}
        fields={userGroupFields}
        initial={{ ...group, startDate: startDate ? startDate.toISOString().slice(0, 10) : "" }}
        hidden={{ id }}
        submitLabel="Save"
        label={`Edit the user group ${group.name}`}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveUserGroupAction } from "@/lib/users/user-groups/admin/actions";
import { userGroupFields } from "@/lib/users/user-groups/admin/constants";
import { loadAdminUserGroupForm } from "@/lib/users/user-groups/admin/loaders";

export const metadata: Metadata = { title: "Add a user group · Admin", robots: { index: false } };

const initial = {
  name: "",
  location: "",
  url: "",
  urlType: "meetup",
  startDate: "",
  approved: false,
  trusted: false,
};

export default async function AdminNewUserGroupPage() {
  await loadAdminUserGroupForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a Python user group</h1>
      <ModelForm
        action={saveUserGroupAction}
        fields={userGroupFields}
        initial={initial}
        submitLabel="Add"
        label="Add a Python user group"
      />
    </div>
  );
}

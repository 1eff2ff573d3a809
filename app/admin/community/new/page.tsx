import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { savePostAction } from "@/lib/community/admin/actions";
import { postFields } from "@/lib/community/admin/constants";
import { loadAdminPostForm } from "@/lib/community/admin/loaders";

export const metadata: Metadata = { title: "Add community post · Admin", robots: { index: false } };

export default async function AdminNewPostPage() {
  await loadAdminPostForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add community post</h1>
      <ModelForm
        action={savePostAction}
        fields={postFields}
        initial={{
          title: "",
          abstract: "",
          mediaType: "1",
          status: "1",
          content: "",
          sourceUrl: "",
          mediaUrl: "",
          caption: "",
          clickThroughUrl: "",
        }}
        submitLabel="Add"
        label="Add a community post"
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      />
    </div>
  );
}

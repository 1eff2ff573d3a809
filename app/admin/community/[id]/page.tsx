import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { savePostAction } from "@/lib/community/admin/actions";
import { postFields } from "@/lib/community/admin/constants";
import { loadAdminPost } from "@/lib/community/admin/loaders";

export const metadata: Metadata = { title: "Community post · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminPostPage({ params }: Props) {
  const { id, ...initial } = await loadAdminPost((await params).id);
  const title = initial.title || `Community post ${id}`;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/community/">
        All community posts
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      <ModelForm
        action={savePostAction}
        fields={postFields}
        initial={initial}
        hidden={{ id }}
        submitLabel="Save"
        label={`Edit ${title}`}
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      />
    </div>
  );
}

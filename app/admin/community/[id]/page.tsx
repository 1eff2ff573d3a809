import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { savePostAction } from "@/lib/community/admin/actions";
import { postFields } from "@/lib/community/admin/constants";
import { loadAdminPost } from "@/lib/community/admin/loaders";

export const metadata: Metadata = { title: "Community post · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminPostPage({ params }: Props) {
  const { id, storedImageUrl, ...initial } = await loadAdminPost((await params).id);
  const title = initial.title || `Community post ${id}`;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/community/">
        All community posts
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      {storedImageUrl && (
        <figure className="card bg-base-200 max-w-4xl gap-2 p-4">
          {/* A stored upload of any size: next/image would need its dimensions. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={storedImageUrl} alt="The post's uploaded photo" className="max-h-48 w-auto self-start rounded" />
          <figcaption className="text-sm">
            The uploaded photo is kept while the post stays a photo; the media URL is used only without it.
          </figcaption>
        </figure>
      )}
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

import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveMinutesAction } from "@/lib/minutes/admin/actions";
import { minutesFields } from "@/lib/minutes/admin/constants";
import { loadAdminMinutes } from "@/lib/minutes/admin/loaders";
import { formatMinutesDate, isoDate, minutesPath } from "@/lib/minutes/utils";

export const metadata: Metadata = { title: "Board minutes · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminMinutesEditPage({ params }: Props) {
  const minutes = await loadAdminMinutes((await params).id);
  const title = `PSF Meeting Minutes ${formatMinutesDate(minutes.date)}`;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/minutes/">
        All board minutes
      </Link>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="flex flex-wrap gap-4">
        <Link className="link" href={`/admin/minutes/${minutes.id}/preview/`}>
          Preview
        </Link>
        {minutes.isPublished && (
          <Link className="link" href={minutesPath(minutes.date)}>
            View on the site
          </Link>
        )}
      </p>
      <ModelForm
        action={saveMinutesAction}
        fields={minutesFields}
        initial={{
          date: isoDate(minutes.date),
          contentMarkupType: minutes.contentMarkupType,
          content: minutes.content,
          isPublished: minutes.isPublished,
        }}
        hidden={{ id: minutes.id }}
        submitLabel="Save"
        label={`Edit the ${title}`}
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      />
    </div>
  );
}

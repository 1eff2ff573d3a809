import type { Metadata } from "next";
import { ReleaseForm } from "@/components/admin/downloads-forms";
import { loadNewRelease } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "New release · Admin", robots: { index: false } };

export default async function NewReleasePage() {
  await loadNewRelease();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">New release</h1>
      <ReleaseForm
        initial={{
          name: "",
          slug: "",
          version: "3",
          release_date: new Date().toISOString().slice(0, 16),
          release_notes_url: "",
          is_published: false,
          is_latest: false,
          pre_release: false,
          show_on_download_page: true,
        }}
      />
    </div>
  );
}

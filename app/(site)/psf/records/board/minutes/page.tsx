import type { Metadata } from "next";
import { MinutesArchive } from "@/components/minutes/minutes-archive";
import { loadMinutesArchive } from "@/lib/minutes/loaders";

export const metadata: Metadata = {
  title: "PSF Meeting Minutes",
  alternates: { types: { "application/rss+xml": "/psf/records/board/minutes/feed/" } },
};

export default async function MinutesListPage() {
  return <MinutesArchive years={await loadMinutesArchive()} />;
}

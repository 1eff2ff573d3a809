import type { Metadata } from "next";
import { ReleaseView } from "@/components/downloads/release-view";
import { loadRelease, loadReleaseSlugs } from "@/lib/downloads/loaders";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await loadReleaseSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await loadRelease((await params).slug);
  return { title: release.name };
}

export default async function ReleasePage({ params }: Props) {
  return <ReleaseView release={await loadRelease((await params).slug)} />;
}

import type { Metadata } from "next";
import { MinutesView } from "@/components/minutes/minutes-view";
import { loadMinutes, loadMinutesDates } from "@/lib/minutes/loaders";
import { formatMinutesDate } from "@/lib/minutes/utils";

type Props = { params: Promise<{ date: string }> };

export async function generateStaticParams() {
  return (await loadMinutesDates()).map((date) => ({ date }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { minutes } = await loadMinutes((await params).date);
  return { title: `${formatMinutesDate(minutes.date)} | PSF Meeting Minutes` };
}

export default async function MinutesPage({ params }: Props) {
  const { minutes, sameYear } = await loadMinutes((await params).date);
  return <MinutesView minutes={minutes} sameYear={sameYear} />;
}

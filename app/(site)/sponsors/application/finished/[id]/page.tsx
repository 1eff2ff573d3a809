import type { Metadata } from "next";
import Link from "next/link";
import { loadFinishedApplication } from "@/lib/sponsors/application/loaders";

export const metadata: Metadata = { title: "Sponsorship application submitted", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** sponsorship_application_finished.html: thanks, and who was sent the confirmation. */
export default async function ApplicationFinishedPage({ params }: Props) {
  const { sponsorName, notified } = await loadFinishedApplication((await params).id);
  return (
    <article className="space-y-4" data-testid="application-finished">
      <h1 className="text-3xl font-bold">Application submitted</h1>
      <p>Application from {sponsorName} received. Thank you for supporting the Python Software Foundation.</p>
      <p>We sent a confirmation to: {notified.join(", ")}.</p>
      <p>The PSF sponsorship team will be in touch; questions go to sponsors@python.org.</p>
      <Link href="/users/sponsorships/" className="link">
        Your sponsorships
      </Link>
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Thank you for your event", robots: { index: false } };

// GET /events/submit/thanks/ — after a submission.
export default function SubmitThanksPage() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Thank you</h1>
      <p>Your event is with the events team. We will email you once it has been reviewed.</p>
      <p>
        <Link className="link" href="/events/">
          Back to the events
        </Link>
      </p>
    </div>
  );
}

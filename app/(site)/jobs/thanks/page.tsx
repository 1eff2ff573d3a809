import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Thank you for your job posting" };

/** templates/jobs/job_thanks.html, in our words. */
export default function JobThanksPage() {
  return (
    <article className="space-y-3">
      <h1 className="text-3xl font-bold">Thank you for your job posting</h1>
      <p>
        Your job posting has been submitted for review. The job board team reads every posting; you will get an
        email when it is approved, or a review comment if something needs to change.
      </p>
      <p>
        <Link className="link" href="/jobs/mine/">
          See your job postings
        </Link>{" "}
        or go back to the <Link className="link" href="/jobs/">job board</Link>.
      </p>
    </article>
  );
}

"use client";

/** Shown when a page fails; the digest lets staff find the logged error without exposing it. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p>This page could not be shown. Please try again in a moment.</p>
      {error.digest && <p className="text-base-content/70 text-sm">Reference: {error.digest}</p>}
      <button type="button" className="btn btn-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}

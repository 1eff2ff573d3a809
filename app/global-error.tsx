"use client";

/** Last-resort page when the root layout itself fails; it carries its own <html>. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>python.org is having trouble</h1>
        <p>Please try again in a moment.</p>
        {error.digest && <p>Reference: {error.digest}</p>}
      </body>
    </html>
  );
}

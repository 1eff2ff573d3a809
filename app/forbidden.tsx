import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Not allowed</h1>
      <p>Your account does not have access to this page.</p>
      <Link href="/" className="btn btn-primary">
        Back to the home page
      </Link>
    </div>
  );
}

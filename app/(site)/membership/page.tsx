import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FLAGS } from "@/lib/flags/constants";
import { loadFlagActiveForEveryone } from "@/lib/flags/loaders";

export const metadata: Metadata = { title: "PSF Membership" };

/**
 * templates/users/membership.html behind waffle's psf_membership flag (FlagMixin: 404 while
 * off). The page is the same for everyone; /users/membership/ itself sends visitors to sign in
 * and members to their edit page.
 */
export default async function MembershipLandingPage() {
  if (!(await loadFlagActiveForEveryone(FLAGS.psfMembership))) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Join the Python Software Foundation</h1>
      <p className="text-lg">
        The PSF is the non-profit behind Python: it holds the language&apos;s intellectual property, runs PyCon
        US, funds community events and grants, and pays for the infrastructure that serves python.org and PyPI.
        Its members elect the Board of Directors and shape what the Foundation does next.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="basic" className="card bg-base-200 p-5">
          <h2 id="basic" className="text-xl font-semibold">
            Basic membership
          </h2>
          <p className="my-2">
            Free for anyone who uses Python and agrees to the PSF Code of Conduct. Sign in, fill in a short form
            and you are a member within a minute.
          </p>
          <Link className="btn btn-primary" href="/users/membership/">
            Become a PSF Basic member
          </Link>
        </section>
        <section aria-labelledby="voting" className="card bg-base-200 p-5">
          <h2 id="voting" className="text-xl font-semibold">
            Voting membership
          </h2>
          <p className="my-2">
            Supporting, Contributing and Fellow members may vote in Board elections. Voting members confirm once a
            year that they still want to vote.
          </p>
          <Link className="btn" href="/psf/membership/">
            Membership classes explained
          </Link>
        </section>
      </div>
      <p>
        Already a member? <Link href="/users/membership/edit/">Edit your PSF Basic membership</Link>.
      </p>
    </div>
  );
}

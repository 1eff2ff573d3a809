import type { Metadata } from "next";
import { SignOutButton } from "@/components/users/sign-out-button";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default function SignOutPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Sign out</h1>
      <p>Sign out of python.org on this browser?</p>
      <SignOutButton />
    </div>
  );
}

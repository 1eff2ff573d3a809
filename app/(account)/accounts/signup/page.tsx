import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/users/sign-up-form";
import { env } from "@/lib/platform/env";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default function SignUpPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Create a python.org account</h1>
      <p>
        Already have one? <Link href="/accounts/login/">Sign in</Link>.
      </p>
      <SignUpForm outboxHint={env.NODE_ENV === "development" && !env.SMTP_URL} />
    </div>
  );
}

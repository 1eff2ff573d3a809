import type { Metadata } from "next";
import { ResetRequestForm } from "@/components/users/token-forms";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default function ResetRequestPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p>Enter the email address of your account and we will send you a link to choose a new password.</p>
      <ResetRequestForm />
    </div>
  );
}

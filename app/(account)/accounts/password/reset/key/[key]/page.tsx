import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/users/token-forms";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm token={key} />
    </div>
  );
}

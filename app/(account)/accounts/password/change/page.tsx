import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { loadPasswordChange } from "@/lib/users/accounts/loaders";

export const metadata: Metadata = { title: "Change your password", robots: { index: false } };

export default async function ChangePasswordPage() {
  const { username } = await loadPasswordChange();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Change the password of {username}</h1>
      <ChangePasswordForm />
    </div>
  );
}

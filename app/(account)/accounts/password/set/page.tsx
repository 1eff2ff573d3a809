import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/users/change-password-form";
import { loadPasswordSet } from "@/lib/users/accounts/loaders";

export const metadata: Metadata = { title: "Set a password", robots: { index: false } };

// allauth PasswordSetView: accounts made through GitHub or Google have no password yet.
export default async function SetPasswordPage() {
  const { username } = await loadPasswordSet();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Set a password for {username}</h1>
      <p className="max-w-xl">
        You signed up through GitHub or Google, so your account has no password. With one you can also sign in
        with your username or email address.
      </p>
      <SetPasswordForm />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DigestForm } from "@/components/events/digest-form";
import { DeleteAccountForm, ProfileForm } from "@/components/users/settings-forms";
import { loadDigestSetting } from "@/lib/events/loaders";
import { loadOwnSettings } from "@/lib/users/loaders";

export const metadata: Metadata = { title: "Edit your profile", robots: { index: false } };

// apps/users/views.py UserUpdate (+ UserDeleteView, here on the same page).
export default async function EditProfilePage() {
  const [settings, digest] = await Promise.all([loadOwnSettings(), loadDigestSetting()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Edit your profile</h1>
      <ProfileForm settings={settings} />
      <DigestForm subscribed={digest ?? false} />
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/accounts/email/">Change your email address</Link> ({settings.email})
        </li>
        {!settings.emailConfirmed && (
          <li>
            <Link href="/accounts/confirm-email/">Confirm your email address</Link> (not confirmed yet)
          </li>
        )}
        <li>
          {settings.hasPassword ? (
            <Link href="/accounts/password/change/">Change your password</Link>
          ) : (
            <Link href="/accounts/password/set/">Set a password</Link>
          )}
        </li>
        <li>
          <Link href="/users/api-keys/">API keys</Link>
        </li>
      </ul>
      <h2 className="text-xl font-semibold">Delete your account</h2>
      <DeleteAccountForm hasPassword={settings.hasPassword} username={settings.username} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Markup } from "@/components/ui/markup";
import { loadProfile } from "@/lib/users/loaders";

type Props = { params: Promise<{ username: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { username } = await params;
  return { title: `${decodeURIComponent(username)} · Profile` };
}

// apps/users/views.py UserDetail; the bio is shown (sanitized Markdown), location is not.
export default async function ProfilePage({ params }: Props) {
  const { profile, isOwner } = await loadProfile((await params).username);
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{name || profile.username}</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">Username</dt>
        <dd>{profile.username}</dd>
        <dt className="font-semibold">Member since</dt>
        <dd>
          <DateTime value={profile.dateJoined} />
        </dd>
        <dt className="font-semibold">PSF Basic Member?</dt>
        <dd>{profile.membership ? "Yes" : "No"}</dd>
        {profile.membership && (
          <>
            <dt className="font-semibold">PSF member since</dt>
            <dd>
              <DateTime value={profile.membership.created} />
            </dd>
          </>
        )}
      </dl>
      {profile.bioRendered && (
        <section aria-labelledby="profile-bio" className="max-w-2xl">
          <h2 id="profile-bio" className="text-xl font-semibold">
            About
          </h2>
          <Markup html={profile.bioRendered} />
        </section>
      )}
      {isOwner && (
        <p className="space-x-4">
          <Link href="/users/edit/">Edit profile</Link>
          <Link href="/accounts/password/change/">Change password</Link>
          <Link href="/users/api-keys/">API keys</Link>
          {profile.membership ? (
            <Link href="/users/membership/edit/">Edit your PSF Basic membership</Link>
          ) : (
            <Link href="/users/membership/">Become a PSF Basic member</Link>
          )}
          <Link href="/users/nominations/">Your nominations</Link>
        </p>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * The header's account link. Pages stay cacheable for everyone: the signed-in name is read from
 * /api/me in the browser, after the page arrives. (Not /api/auth/session: next-auth sets a CSRF
 * cookie on every call there, which would race with the sign-in form's own token request.)
 */
export function AccountLink() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    fetch("/api/me", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((me: { username?: string } | null) => alive && setName(me?.username ?? null))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  if (!name)
    return (
      <Link href="/accounts/login/" className="btn btn-secondary btn-sm">
        Sign in
      </Link>
    );
  return (
    <div className="flex items-center gap-1">
      <Link
        href={`/users/${encodeURIComponent(name)}/`}
        className="link link-hover text-sm"
        data-testid="signed-in-as"
      >
        {name}
      </Link>
      <Link href="/accounts/logout/" className="btn btn-ghost btn-sm text-neutral-content">
        Sign out
      </Link>
    </div>
  );
}

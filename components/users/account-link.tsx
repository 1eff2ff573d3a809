"use client";

import { useEffect, useState } from "react";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { fetchMe } from "./me";

/**
 * The header's account link. Pages stay cacheable for everyone: the signed-in name is read from
 * /api/session in the browser, after the page arrives. (Not /api/auth/session: next-auth sets a CSRF
 * cookie on every call there, which would race with the sign-in form's own token request.)
 */
export function AccountLink() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void fetchMe().then((me) => alive && setName(me?.username ?? null));
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

"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** "Continue with GitHub / Google": next-auth's OAuth flow (state and PKCE checks included). */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  if (!providers.length) return null;
  return (
    <div className="flex max-w-md flex-col gap-2">
      <div className="divider">or</div>
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          className="btn btn-outline"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            void signIn(p.id, { callbackUrl });
          }}
        >
          {pending === p.id ? "Redirecting…" : `Continue with ${p.name}`}
        </button>
      ))}
    </div>
  );
}

"use client";

import { signOut } from "next-auth/react";

function signOutAndReload() {
  // A full load, not router.push: the header's account link reads the session once per load.
  return signOut({ redirect: false }).then(() => window.location.replace(new URL("/", window.location.href)));
}

export function SignOutButton() {
  return (
    <button type="button" className="btn btn-primary" onClick={signOutAndReload}>
      Sign out
    </button>
  );
}

import "server-only";
import type { Provider } from "next-auth/providers/index";
import type { OAuthConfig } from "next-auth/providers/oauth";
import GoogleProvider from "next-auth/providers/google";
import { env } from "@/lib/platform/env";

/**
 * What an OAuth provider tells us about a person, reduced to the fields sign-in needs, and a
 * local username derived from it. Providers differ: GitHub reports verified addresses through
 * /user/emails (the provider config puts the primary verified one in `verified_email`); Google
 * reports `email_verified` in the ID token. Anything else counts as unverified.
 */
export type OAuthIdentity = {
  provider: "github" | "google";
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  login: string | null;
  name: string | null;
};

export function identityFromProfile(
  provider: string,
  providerAccountId: string,
  profile: Record<string, unknown> | undefined,
): OAuthIdentity | null {
  const p = profile ?? {};
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  if (provider === "github") {
    const email = text(p.verified_email);
    return {
      provider,
      providerAccountId,
      email,
      emailVerified: email !== null,
      login: text(p.login),
      name: text(p.name),
    };
  }
  if (provider === "google") {
    return {
      provider,
      providerAccountId,
      email: text(p.email),
      emailVerified: p.email_verified === true,
      login: null,
      name: text(p.name),
    };
  }
  return null;
}

/** Django's username characters ([\w.@+-], ASCII), at most 150 with room for a numeric suffix. */
export function usernameBase(identity: Pick<OAuthIdentity, "login" | "email" | "name">): string {
  const source = identity.login ?? identity.email?.split("@")[0] ?? identity.name ?? "";
  const cleaned = source
    .normalize("NFKD")
    .replace(/[^\w.@+-]/g, "")
    .replace(/[^\x00-\x7f]/g, "")
    .slice(0, 140);
  return cleaned || "pythonista";
}

/*
 * GitHub and Google sign-in, each enabled when its client id and secret are set. The endpoints
 * come from GITHUB_URL / GITHUB_API_URL (GitHub Enterprise, or the test provider) and
 * GOOGLE_ISSUER (OpenID Connect discovery); the defaults are the public services.
 */
type GitHubProfile = Record<string, unknown> & {
  id: number | string;
  login: string;
  verified_email: string | null;
};
type GitHubEmail = { email: string; primary: boolean; verified: boolean };

function github(clientId: string, clientSecret: string): OAuthConfig<GitHubProfile> {
  const web = env.GITHUB_URL.replace(/\/$/, "");
  const api = env.GITHUB_API_URL.replace(/\/$/, "");
  return {
    id: "github",
    name: "GitHub",
    type: "oauth",
    clientId,
    clientSecret,
    authorization: { url: `${web}/login/oauth/authorize`, params: { scope: "read:user user:email" } },
    token: `${web}/login/oauth/access_token`,
    checks: ["state"],
    userinfo: {
      url: `${api}/user`,
      // The public profile email may be absent; the verified primary address comes from /user/emails.
      async request({ tokens }) {
        const headers = {
          Authorization: `Bearer ${tokens.access_token}`,
          Accept: "application/vnd.github+json",
          "User-Agent": "pydotorg-next",
        };
        const signal = AbortSignal.timeout(10_000);
        const user = await fetch(`${api}/user`, { headers, signal });
        if (!user.ok) throw new Error(`GitHub /user answered ${user.status}`);
        const emails = await fetch(`${api}/user/emails`, { headers, signal });
        const list = emails.ok ? ((await emails.json()) as GitHubEmail[]) : [];
        const verified = list.find((e) => e.primary && e.verified) ?? list.find((e) => e.verified);
        const profile: GitHubProfile = {
          ...((await user.json()) as GitHubProfile),
          verified_email: verified?.email ?? null,
        };
        // next-auth types the result as its generic Profile; ours carries GitHub's fields.
        return profile as unknown as Record<string, never>;
      },
    },
    profile(p) {
      return { id: String(p.id), name: String(p.name ?? p.login), email: p.verified_email };
    },
  };
}

export function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(github(env.GITHUB_ID, env.GITHUB_SECRET));
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) {
    const issuer = env.GOOGLE_ISSUER.replace(/\/$/, "");
    providers.push(
      GoogleProvider({
        clientId: env.GOOGLE_ID,
        clientSecret: env.GOOGLE_SECRET,
        issuer,
        wellKnown: `${issuer}/.well-known/openid-configuration`,
      }),
    );
  }
  return providers;
}

/** Id and label of each enabled provider, for the sign-in page's buttons. */
export function listOAuthProviders(): { id: string; name: string }[] {
  return [
    ...(env.GITHUB_ID && env.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(env.GOOGLE_ID && env.GOOGLE_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

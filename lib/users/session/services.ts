/**
 * Sign-in (next-auth 4, JWT sessions). The token carries the user id and a session version; every
 * request compares it with the user's current version (cached briefly), so signing out everywhere,
 * changing a password or disabling an account revokes existing sessions (AC-SESS-2/3).
 * Each sign-in gets its own session id; signing out denies that id (users_revokedsession), so a
 * copied cookie dies with the sign-out (AC-SESS-2). A sign-in over a live session (the
 * reauthenticate page of the 12-hour rule, or signing in again) issues a new token and denies
 * the one it replaces, as Django's login() cycles the session key.
 * Lifetimes (AC-SESS-4): the cookie is renewed at most daily while in use and lapses after
 * 14 days idle; whatever the renewals, a session ends 14 days after its sign-in (Django's
 * SESSION_COOKIE_AGE), checked on every request against the sign-in time in the token.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { recordAudit } from "@/lib/platform/audit";
import { cached, cacheSet } from "@/lib/platform/cache";
import { env } from "@/lib/platform/env";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { safeRedirect } from "@/lib/platform/http/safe-redirect";
import { getOAuthUser } from "@/lib/users/oauth/data";
import { signInWithOAuth } from "@/lib/users/oauth/mutations";
import { identityFromProfile, oauthProviders } from "@/lib/users/oauth/utils";
import { revokeSession } from "./mutations";
import { checkCredentials, getSessionPrincipalRow, isSessionRevoked } from "./data";
import type { Principal } from "@/lib/users/types";

const DAY = 24 * 60 * 60;
/** Absolute session lifetime in seconds, from sign-in (AC-SESS-4). */
export const SESSION_MAX_AGE = 14 * DAY;
const nowSeconds = () => Math.floor(Date.now() / 1000);
// Production refuses to start without a strong AUTH_SECRET (lib/platform/env.ts); dev gets a local one.
const SECRET = env.AUTH_SECRET ?? "pydotorg-next-development-only-secret-not-for-production";

type Claims = { uid?: number; sid?: string; authAt?: number };

/** Denies a session id until it would have ended anyway; the cached check learns it at once. */
async function denySession({ uid, sid, authAt }: Claims) {
  if (!sid) return;
  const ends = ((authAt ?? nowSeconds()) + SESSION_MAX_AGE) * 1000;
  await revokeSession(sid, uid ?? null, new Date(ends));
  await cacheSet(`session-revoked:${sid}`, true, 60);
}

/**
 * The session a sign-in replaces: the token the request came with (under either cookie name,
 * http or https), read before next-auth's new cookie reaches the browser. A copy of it kept
 * elsewhere would otherwise stay signed in next to the new one.
 */
async function denyReplacedSession() {
  const jar = await cookies();
  for (const secureCookie of [false, true]) {
    const old = (await getToken({
      req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
      secret: SECRET,
      secureCookie,
    }).catch(() => null)) as Claims | null;
    if (old?.sid) await denySession(old);
  }
}

export const authOptions: NextAuthOptions = {
  secret: SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: DAY },
  pages: { signIn: "/accounts/login/", error: "/accounts/login/" },
  providers: [
    CredentialsProvider({
      name: "Username or email",
      credentials: {
        login: { label: "Username or email", type: "text" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const user = await checkCredentials(
          String(credentials?.login ?? ""),
          String(credentials?.password ?? ""),
        );
        return user ? { id: String(user.id), name: user.username, ver: user.sessionVersion } : null;
      },
    }),
    ...oauthProviders(),
  ],
  events: {
    async signIn({ user, account }) {
      await denyReplacedSession();
      const id =
        account?.type === "oauth"
          ? (await getOAuthUser(account.provider, account.providerAccountId))?.id
          : Number(user.id);
      await recordAudit({
        ...(await requestOrigin()),
        action: "login.success",
        actorId: id ?? null,
        targetType: "user",
        targetId: id,
        ...(account?.type === "oauth" ? { detail: { provider: account.provider } } : {}),
      });
    },
    async signOut({ token }) {
      const claims = (token ?? {}) as Claims;
      await denySession(claims);
      const uid = claims.uid;
      await recordAudit({
        ...(await requestOrigin()),
        action: "logout",
        actorId: uid ?? null,
        targetType: "user",
        targetId: uid,
      });
    },
  },
  callbacks: {
    // OAuth: link or create the local account (lib/users/oauth/mutations.ts); refusals go back to
    // the sign-in page with a reason it explains.
    async signIn({ account, profile }) {
      if (!account || account.type !== "oauth") return true;
      const identity = identityFromProfile(
        account.provider,
        account.providerAccountId,
        profile as Record<string, unknown> | undefined,
      );
      if (!identity) return "/accounts/login/?error=OAuthSignin";
      const result = await signInWithOAuth(identity, await requestOrigin());
      if (result.ok) return true;
      await recordAudit({
        ...(await requestOrigin()),
        action: "login.failure",
        detail: { provider: identity.provider, reason: result.reason },
      });
      return `/accounts/login/?error=${result.reason}`;
    },
    async jwt({ token, user, account }) {
      if (account?.type === "oauth") {
        const local = await getOAuthUser(account.provider, account.providerAccountId);
        if (!local) throw new Error("AccessDenied");
        // Only our claims: nothing from the provider's profile stays in the cookie.
        return {
          uid: local.id,
          ver: local.sessionVersion,
          name: local.username,
          authAt: nowSeconds(),
          sid: randomUUID(),
        };
      }
      if (user) {
        token.uid = Number(user.id);
        token.ver = (user as { ver?: number }).ver ?? 0;
        // Sign-in time, kept across the daily renewals (AC-SESS-4: the admin asks again after 12 h).
        token.authAt = nowSeconds();
        token.sid = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user)
        Object.assign(session.user, {
          id: token.uid as number,
          ver: token.ver as number,
          authAt: (token.authAt as number | undefined) ?? 0,
          sid: token.sid as string | undefined,
        });
      return session;
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
};

/** The signed-in user, or null when not signed in or the session was revoked. */
export async function getSessionPrincipal(): Promise<Principal | null> {
  const session = await getServerSession(authOptions).catch(() => null);
  const claims = session?.user as { id?: number; ver?: number; authAt?: number; sid?: string } | undefined;
  if (!claims?.id) return null;
  // The absolute lifetime holds whatever renewals the cookie had.
  if (nowSeconds() - (claims.authAt ?? 0) > SESSION_MAX_AGE) return null;
  // Cached for at most 60 s: a revocation takes effect within that (AC-SESS-2/3); sign-out
  // writes its own id to the cache at once.
  const sid = claims.sid;
  const [row, revoked] = await Promise.all([
    cached(`session-user:${claims.id}`, 60, () => getSessionPrincipalRow(claims.id!)),
    sid ? cached(`session-revoked:${sid}`, 60, () => isSessionRevoked(sid)) : false,
  ]);
  if (revoked || !row || !row.isActive || row.sessionVersion !== (claims.ver ?? 0)) return null;
  return {
    userId: row.id,
    username: row.username,
    isStaff: row.isStaff,
    isSuperuser: row.isSuperuser,
    permissions: [
      ...new Set([
        ...row.permissions.map((p) => p.permission.codename),
        ...row.groups.flatMap((g) => g.group.permissions.map((p) => p.permission.codename)),
      ]),
    ],
    via: "session",
    authAt: claims.authAt ?? 0,
  };
}

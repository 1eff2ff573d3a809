/**
 * A stand-in for GitHub and Google during the end-to-end run, built on oauth2-mock-server: the
 * authorization, token and user endpoints at GitHub's paths (so the app's GitHub provider runs
 * unchanged against GITHUB_URL / GITHUB_API_URL), and OpenID Connect discovery, ID tokens and
 * JWKS for the Google provider (GOOGLE_ISSUER). Authorization is granted at once to the next
 * identity a test queued with POST /__identity; GitHub's /user/emails is served here too.
 */
import http from "node:http";
import { OAuth2Issuer, OAuth2Service } from "oauth2-mock-server";

const port = Number(process.env.E2E_OAUTH_PORT ?? 3130);
const base = `http://127.0.0.1:${port}`;

export type MockIdentity = {
  sub: string;
  login: string;
  name: string;
  email: string;
  emailVerified: boolean;
};

const queued: MockIdentity[] = [];
const byCode = new Map<string, { identity: MockIdentity; openid: boolean }>();

const issuer = new OAuth2Issuer();
issuer.url = base;
await issuer.keys.generate("RS256");
const service = new OAuth2Service(issuer, {
  authorize: "/login/oauth/authorize",
  token: "/login/oauth/access_token",
  userinfo: "/user",
});

service.on("beforeAuthorizeRedirect", (redirect: { url: URL }, req: http.IncomingMessage) => {
  const code = redirect.url.searchParams.get("code");
  const identity = queued.shift();
  if (!code || !identity) {
    redirect.url.searchParams.delete("code");
    redirect.url.searchParams.set("error", "access_denied");
    return;
  }
  const scope = new URL(req.url ?? "/", base).searchParams.get("scope") ?? "";
  byCode.set(code, { identity, openid: scope.split(/\s+/).includes("openid") });
});

service.on(
  "beforeTokenSigning",
  (token: { payload: Record<string, unknown> }, req: http.IncomingMessage & { body?: { code?: string } }) => {
    const grant = byCode.get(req.body?.code ?? "");
    if (!grant) return;
    const { identity } = grant;
    Object.assign(token.payload, {
      sub: identity.sub,
      email: identity.email,
      email_verified: identity.emailVerified,
      name: identity.name,
      login: identity.login,
    });
  },
);

service.on(
  "beforeResponse",
  (response: { body: Record<string, unknown> }, req: http.IncomingMessage & { body?: { code?: string } }) => {
    const grant = byCode.get(req.body?.code ?? "");
    // GitHub is plain OAuth 2: it returns no ID token.
    if (grant && !grant.openid) {
      delete response.body.id_token;
      delete response.body.refresh_token;
    }
    byCode.delete(req.body?.code ?? "");
  },
);

function identityFromBearer(req: http.IncomingMessage): MockIdentity | null {
  const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (!token) return null;
  // The token was signed here a moment ago; only its claims are needed.
  const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<
    string,
    unknown
  >;
  return {
    sub: String(claims.sub),
    login: String(claims.login ?? claims.sub),
    name: String(claims.name ?? ""),
    email: String(claims.email ?? ""),
    emailVerified: claims.email_verified === true,
  };
}

// GitHub's /user: the public email is only set when it is verified (as on GitHub).
service.on("beforeUserinfo", (response: { body: unknown; statusCode: number }, req: http.IncomingMessage) => {
  const identity = identityFromBearer(req);
  if (!identity) {
    response.statusCode = 401;
    response.body = { message: "Requires authentication" };
    return;
  }
  response.body = {
    id: Number(identity.sub.replace(/\D/g, "")) || identity.sub,
    login: identity.login,
    name: identity.name,
    email: identity.emailVerified ? identity.email : null,
    avatar_url: `${base}/avatars/${identity.login}.png`,
  };
});

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/__identity" && req.method === "POST") {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        queued.push(JSON.parse(body) as MockIdentity);
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    if (url.pathname === "/user/emails") {
      const identity = identityFromBearer(req);
      res.setHeader("content-type", "application/json");
      if (!identity) {
        res.statusCode = 401;
        return void res.end(JSON.stringify({ message: "Requires authentication" }));
      }
      return void res.end(
        JSON.stringify([
          { email: identity.email, primary: true, verified: identity.emailVerified, visibility: null },
        ]),
      );
    }
    service.requestHandler(req, res);
  })
  .listen(port, "127.0.0.1");

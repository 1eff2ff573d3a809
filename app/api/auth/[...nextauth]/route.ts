// GET/POST /api/auth/* — next-auth (sign-in, sign-out, session, CSRF token). Failed credential
// sign-ins are rate limited here, before next-auth runs (AC-AUTH-1). A body next-auth would fail
// on (truncated JSON, a NUL byte, another charset) is refused first with the JSON error shape.
import NextAuth from "next-auth";
import { screenBody } from "@/lib/platform/http/body";
import { authOptions } from "@/lib/users/session/services";
import { guardCredentialsSignIn } from "@/lib/users/sign-in/services";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: Request, ctx: Ctx) {
  return handler(req, ctx);
}

export async function POST(req: Request, ctx: Ctx) {
  const refusal = await screenBody(req);
  if (refusal)
    return Response.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: refusal.status, headers: { "cache-control": "no-store" } },
    );
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(req, ctx);
  return guardCredentialsSignIn(req, (r) => handler(r, ctx));
}

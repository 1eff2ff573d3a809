// GET/POST /api/auth/* — next-auth (sign-in, sign-out, session, CSRF token). Failed credential
// sign-ins are rate limited here, before next-auth runs (AC-AUTH-1).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/users/session/services";
import { guardCredentialsSignIn } from "@/lib/users/sign-in/services";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: Request, ctx: Ctx) {
  return handler(req, ctx);
}

export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(req, ctx);
  return guardCredentialsSignIn(req, (r) => handler(r, ctx));
}

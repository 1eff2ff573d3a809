import { z } from "zod";
import { renderStatement } from "@/lib/nominations/mutations";
import { getSessionPrincipal } from "@/lib/users/session/services";

const bodySchema = z.object({ text: z.string().max(20_000).default("") });
const noStore = { "cache-control": "private, no-store" };
const error = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: noStore });

/**
 * POST /nominations/statement-preview/ (NominationStatementPreview): signed in, from our own
 * pages (the Origin's host is the Host this request came to; a cross-site POST is 403), `text`
 * as JSON or a form → `{"html": ...}`, rendered exactly as a save stores it.
 */
export async function POST(req: Request) {
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  const sameOrigin = origin
    ? URL.canParse(origin) && new URL(origin).host === req.headers.get("host")
    : site !== "cross-site";
  if (!sameOrigin) return error(403, "forbidden", "Cross-site request refused.");
  if (!(await getSessionPrincipal())) return error(401, "unauthorized", "Sign in to preview a statement.");
  const type = req.headers.get("content-type") ?? "";
  const raw = type.includes("application/json")
    ? await req.json().catch(() => null)
    : Object.fromEntries(await req.formData().catch(() => new FormData()));
  const parsed = bodySchema.safeParse(raw ?? {});
  if (!parsed.success)
    return error(400, "validation_failed", "Send the statement as `text` (at most 20000 characters).");
  return Response.json({ html: renderStatement(parsed.data.text) }, { headers: noStore });
}

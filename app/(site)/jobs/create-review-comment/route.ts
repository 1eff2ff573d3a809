import { addReviewComment } from "@/lib/jobs/mutations";
import { reviewCommentPostSchema } from "@/lib/jobs/schema";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import { formDataToObject } from "@/lib/platform/forms";
import { originOf } from "@/lib/platform/http/request-origin";
import { isSameOriginRequest } from "@/lib/platform/http/same-origin";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };
const plain = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { ...noStore, "content-type": "text/plain; charset=utf-8", ...headers },
  });
const seeOther = (location: string) => new Response(null, { status: 302, headers: { ...noStore, location } });

/**
 * POST /jobs/create-review-comment/ (JobReviewCommentCreate): a form post of `job`, `comment` and
 * an optional `action` (approve / reject). Visitors are sent to sign in; the job's owner and the
 * job-board admins comment and go back to the job (302); anyone else, and an owner who tries to
 * decide, gets 401 "Unauthorized". An empty comment is not saved (an admin's decision still is).
 * A cross-site post is 403.
 */
export async function POST(req: Request) {
  if (!isSameOriginRequest(req.headers)) return plain(403, "Cross-site request refused.");
  const raw = formDataToObject(await req.formData().catch(() => new FormData()));
  const principal = await getSessionPrincipal();
  const parsed = reviewCommentPostSchema.safeParse(raw);
  if (!principal) {
    const back = parsed.success ? `/jobs/${parsed.data.jobId}/` : "/jobs/";
    return seeOther(`/accounts/login/?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!parsed.success) return plain(400, "Send the job (`job`) and the comment (`comment`) as a form.");
  const input = parsed.data;
  try {
    const r = await addReviewComment(input, principal);
    if (r.status || r.commentId)
      await recordAudit({
        ...originOf(req.headers),
        action: r.status ? `job.${r.status}` : "job.commented",
        actorId: principal.userId,
        targetType: "job",
        targetId: input.jobId,
      });
    return seeOther(`/jobs/${input.jobId}/`);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === "unauthorized") {
      // A signed-in caller refused is a failed authorization (AC-LOG-1).
      await recordAudit({
        ...originOf(req.headers),
        action: "authz.denied",
        actorId: principal.userId,
        detail: { method: "POST", path: "/jobs/create-review-comment/" },
      });
      return plain(401, "Unauthorized");
    }
    return plain(e.status, e.message);
  }
}

export function GET() {
  return plain(405, "Method not allowed.", { allow: "POST" });
}

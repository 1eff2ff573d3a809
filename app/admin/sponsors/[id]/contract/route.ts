import { dbId } from "@/lib/admin/utils";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { renderContract } from "@/lib/sponsors/contracts/render/services";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };

type Ctx = { params: Promise<{ id: string }> };

// ContractModelAdmin preview (§5.6): the agreement as it would be sent now, `?format=pdf` (default) or `docx`.
export async function GET(request: Request, { params }: Ctx) {
  const principal = await getSessionPrincipal();
  if (!principal) return new Response("Sign in first.", { status: 401, headers: noStore });
  const { id } = await params;
  if (!sponsorshipsSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: `/admin/sponsors/${id}/contract/` },
    });
    return new Response("You may not see contracts.", { status: 403, headers: noStore });
  }
  const sponsorshipId = dbId(id);
  const format = new URL(request.url).searchParams.get("format") === "docx" ? "docx" : "pdf";
  if (sponsorshipId === null) return new Response("Contract not found.", { status: 404, headers: noStore });
  try {
    const file = await renderContract(sponsorshipId, format);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        ...noStore,
        "content-type": file.contentType,
        "content-disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${file.filename}"`,
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found")
      return new Response("Contract not found.", { status: 404, headers: noStore });
    if (e instanceof AppError) return new Response(e.message, { status: 409, headers: noStore });
    throw e;
  }
}

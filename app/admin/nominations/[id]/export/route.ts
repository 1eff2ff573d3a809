import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { dbId } from "@/lib/admin/utils";
import { csvLine } from "@/lib/membership/utils";
import { NOMINEE_CSV_HEADER, nominationsSection } from "@/lib/nominations/admin/constants";
import { getAdminElection } from "@/lib/nominations/admin/data";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };

// The nominees of one election as CSV (staff): name, account, email, accepted, approved, count.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const principal = await getSessionPrincipal();
  if (!principal) return new Response("Sign in first.", { status: 401, headers: noStore });
  if (!nominationsSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: "/admin/nominations/export/" },
    });
    return new Response("You may not export nominees.", { status: 403, headers: noStore });
  }
  const id = dbId((await params).id);
  const e = id === null ? null : await getAdminElection(id);
  if (!e) return new Response("There is no such election.", { status: 404, headers: noStore });
  const body =
    csvLine(NOMINEE_CSV_HEADER) +
    e.nominees
      .map((n) =>
        csvLine([
          n.user ? `${n.user.firstName} ${n.user.lastName}`.trim() : "",
          n.user?.username ?? "",
          n.user?.email ?? "",
          n.accepted ? "True" : "False",
          n.approved ? "True" : "False",
          n._count.nominations,
        ]),
      )
      .join("");
  return new Response(body, {
    headers: {
      ...noStore,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${e.slug}-nominees.csv"`,
    },
  });
}

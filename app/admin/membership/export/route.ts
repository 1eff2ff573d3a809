import { parseListParams } from "@/lib/admin/utils";
import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { MEMBER_CSV_HEADER, MEMBER_LIST_SPEC, membershipSection } from "@/lib/membership/admin/constants";
import { listMembersForExport } from "@/lib/membership/admin/data";
import { csvLine, memberCsvRow } from "@/lib/membership/utils";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

// MembershipAdmin "Export CSV": the members the list's filters select, as python.org's columns.
export async function GET(request: Request) {
  const principal = await getSessionPrincipal();
  if (!principal)
    return new Response("Sign in first.", { status: 401, headers: { "cache-control": "private, no-store" } });
  if (!membershipSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: "/admin/membership/export/" },
    });
    return new Response("You may not export PSF members.", {
      status: 403,
      headers: { "cache-control": "private, no-store" },
    });
  }
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), MEMBER_LIST_SPEC);
  const rows = await listMembersForExport(params);
  await recordAudit({
    ...(await requestOrigin()),
    action: "membership.exported",
    actorId: principal.userId,
    detail: { count: rows.length, filters: JSON.stringify(params.filters) },
  });
  const body = csvLine(MEMBER_CSV_HEADER) + rows.map((m) => csvLine(memberCsvRow(m))).join("");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="psf-members.csv"',
      "cache-control": "private, no-store",
    },
  });
}

import { parseListParams } from "@/lib/admin/utils";
import { recordAudit } from "@/lib/platform/audit";
import { env } from "@/lib/platform/env";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { storage } from "@/lib/platform/storage";
import { CSV_COLUMNS, SPONSORSHIP_LIST_SPEC, sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { listSponsorshipsForExport } from "@/lib/sponsors/admin/data";
import { csvLine, sponsorshipCsvRow } from "@/lib/sponsors/admin/utils";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };

// SponsorshipAdmin export (§5.9): the sponsorships the list's filters select, as python.org's columns.
export async function GET(request: Request) {
  const principal = await getSessionPrincipal();
  if (!principal) return new Response("Sign in first.", { status: 401, headers: noStore });
  if (!sponsorshipsSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: "/admin/sponsors/export/" },
    });
    return new Response("You may not export sponsorships.", { status: 403, headers: noStore });
  }
  const params = parseListParams(
    Object.fromEntries(new URL(request.url).searchParams),
    SPONSORSHIP_LIST_SPEC,
  );
  const rows = await listSponsorshipsForExport(params);
  await recordAudit({
    ...(await requestOrigin()),
    action: "sponsors.exported",
    actorId: principal.userId,
    detail: { count: rows.length },
  });
  const url = (key: string) => storage().url(key);
  const body =
    csvLine(CSV_COLUMNS) + rows.map((r) => csvLine(sponsorshipCsvRow(r, env.SITE_URL, url))).join("");
  return new Response(body, {
    headers: {
      ...noStore,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="sponsorships.csv"',
    },
  });
}

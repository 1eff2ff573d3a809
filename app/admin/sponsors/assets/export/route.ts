import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { listAssetsForExport } from "@/lib/sponsors/assets/export/data";
import { assetsZip } from "@/lib/sponsors/assets/export/services";
import { assetValue, EXPORT_MESSAGES } from "@/lib/sponsors/assets/export/utils";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";

const noStore = { "cache-control": "private, no-store" };
const say = (text: string, status: number) =>
  new Response(text, { status, headers: { ...noStore, "content-type": "text/plain; charset=utf-8" } });

// GenericAsset admin "Export selected" (§5.9): `?ids=1&ids=2` as a ZIP, a directory per sponsor.
export async function GET(request: Request) {
  const principal = await getSessionPrincipal();
  if (!principal) return say("Sign in first.", 401);
  if (!sponsorshipsSection.allowed(principal) || !hasFreshSignIn(principal)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal.userId,
      detail: { page: "/admin/sponsors/assets/export/" },
    });
    return say("You may not export sponsor assets.", 403);
  }
  const params = new URL(request.url).searchParams;
  const ids = [
    ...new Set(
      params
        .getAll("ids")
        .flatMap((v) => v.split(","))
        .map(Number),
    ),
  ].filter((n) => Number.isSafeInteger(n) && n > 0);
  const assets = ids.length ? await listAssetsForExport(ids.slice(0, 1000)) : [];
  if (!assets.length) return say(EXPORT_MESSAGES.none, 400);
  const empty = assets.filter((a) => !assetValue(a)).length;
  if (empty) return say(EXPORT_MESSAGES.withoutValue(empty), 409);
  await recordAudit({
    ...(await requestOrigin()),
    action: "sponsors.assets.exported",
    actorId: principal.userId,
    detail: { count: assets.length },
  });
  return new Response(assetsZip(assets), {
    headers: {
      ...noStore,
      "content-type": "application/x-zip-compressed",
      "content-disposition": 'attachment; filename="assets.zip"',
    },
  });
}

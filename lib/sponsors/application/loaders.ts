import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { env } from "@/lib/platform/env";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { loadApplicationConfig, loadCurrentYear } from "@/lib/sponsors/loaders";
import { MAX_YEAR, MIN_YEAR } from "@/lib/sponsors/constants";
import { describeSelection, getFinishedApplication, listContactSponsors } from "./data";
import { readSelection, SELECTION_COOKIE, selectedIds } from "./utils";

export const selectionSecret = () => env.AUTH_SECRET ?? "development-only-secret";

export async function loadSavedSelection() {
  return readSelection((await cookies()).get(SELECTION_COOKIE)?.value, selectionSecret());
}

/** Step 1: the current year's configuration, or another year's for staff (`?config_year=`). */
export async function loadStepOne(configYear: string | undefined) {
  const current = await loadCurrentYear();
  let year = current;
  const asked = Number(configYear);
  if (configYear && Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR) {
    if (isStaffOrSuperuser(await getSessionPrincipal())) year = asked;
  }
  const [config, saved] = await Promise.all([loadApplicationConfig(year), loadSavedSelection()]);
  return { config, saved, preview: year !== current ? year : null };
}

/** Step 2: signed in, with a step 1 selection (else back to step 1 with python.org's message). */
export async function loadStepTwo() {
  const principal = await getSessionPrincipal();
  if (!principal)
    redirect(`/accounts/login/?callbackUrl=${encodeURIComponent("/sponsors/application/new/")}`);
  const saved = await loadSavedSelection();
  if (!saved) redirect("/sponsors/application/?missing=1");
  const [summary, sponsors] = await Promise.all([
    describeSelection(saved.packageId, selectedIds(saved)),
    listContactSponsors(principal.userId),
  ]);
  return { saved, summary, sponsors };
}

/** The finish page: only the person who submitted the application sees it (anyone else: 404). */
export async function loadFinishedApplication(raw: string) {
  const principal = await getSessionPrincipal();
  if (!principal)
    redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(`/sponsors/application/finished/${raw}/`)}`);
  const row = /^\d{1,9}$/.test(raw) ? await getFinishedApplication(Number(raw), principal.userId) : null;
  if (!row) notFound();
  return row;
}

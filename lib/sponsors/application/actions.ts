"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions";
import { env } from "@/lib/platform/env";
import { AppError, FORM_ERROR } from "@/lib/platform/errors";
import { getCurrentYear, getApplicationConfig, ruleMaps } from "@/lib/sponsors/config/data";
import { APPLICATION_MESSAGES } from "@/lib/sponsors/constants";
import { validateBenefitSelection } from "@/lib/sponsors/utils";
import { listInProgress } from "@/lib/sponsors/sponsorship/data";
import { getContactSponsor, getUserEmail } from "./data";
import { loadSavedSelection, selectionSecret } from "./loaders";
import { createApplication, getStandaloneOnlyPackage } from "./mutations";
import {
  applicationFromForm,
  applicationSchema,
  newSponsorSchema,
  selectionFromForm,
  selectionSchema,
} from "./schema";
import { storeLogo } from "./services";
import { SELECTION_COOKIE, SELECTION_MAX_AGE, selectedIds, signSelection } from "./utils";

const formError = (message: string) =>
  new AppError("validation_failed", message, { fields: { [FORM_ERROR]: [message] } });

/** Step 1 POST (SelectSponsorshipApplicationBenefitsView): validate, keep in the cookie, go to step 2. */
export const selectBenefitsAction = defineAction({
  name: "sponsors.application.select",
  gate: "public",
  schema: selectionSchema,
  prepare: selectionFromForm,
  handler: async ({ input, principal }) => {
    const year = await getCurrentYear();
    const { benefits, packages } = ruleMaps(await getApplicationConfig(year));
    const message = validateBenefitSelection(input, benefits, packages);
    if (message) throw formError(message);
    (await cookies()).set(SELECTION_COOKIE, signSelection(input, selectionSecret()), {
      maxAge: SELECTION_MAX_AGE,
      httpOnly: true,
      sameSite: "lax",
      path: "/sponsors/",
      // Secure wherever the site is served over https (next-auth decides its cookies the same way).
      secure: env.SITE_URL.startsWith("https://"),
    });
    const next = "/sponsors/application/new/";
    redirect(principal ? next : `/accounts/login/?callbackUrl=${encodeURIComponent(next)}`);
  },
});

/** Step 2 POST (NewSponsorshipApplicationView): the sponsor, its contacts, the application. */
export const createApplicationAction = defineAction({
  name: "sponsors.application.create",
  gate: "signed-in",
  schema: applicationSchema,
  prepare: applicationFromForm,
  rateLimit: { name: "sponsorship-apply", by: "user" },
  handler: async ({ input, principal, raw }) => {
    const saved = await loadSavedSelection();
    if (!saved) throw formError(APPLICATION_MESSAGES.selectFirst);
    const year = await getCurrentYear();
    const { benefits, packages } = ruleMaps(await getApplicationConfig(year));
    const invalid = validateBenefitSelection(saved, benefits, packages);
    if (invalid) throw formError(`${invalid} Go back to the benefits and pick again.`);
    let sponsor: Parameters<typeof createApplication>[0]["sponsor"];
    if (input.sponsorId) {
      const mine = await getContactSponsor(input.sponsorId, principal.userId);
      if (!mine)
        throw new AppError("validation_failed", "Invalid sponsor.", {
          fields: { sponsorId: ["Select a valid choice. That choice is not one of the available choices."] },
        });
      if ((await listInProgress(mine.id)).length)
        throw new AppError("validation_failed", APPLICATION_MESSAGES.openApplication(mine.name), {
          fields: { sponsorId: [APPLICATION_MESSAGES.openApplication(mine.name)] },
        });
      sponsor = { id: mine.id };
    } else {
      const fields = newSponsorSchema.safeParse(input.sponsor);
      const webLogo = raw.webLogo instanceof File && raw.webLogo.size > 0 ? raw.webLogo : null;
      const errors: Record<string, string[]> = {};
      if (!fields.success) for (const i of fields.error.issues) errors[String(i.path[0])] = [i.message];
      if (!webLogo) errors.webLogo = ["This field is required."];
      if (Object.keys(errors).length || !fields.success || !webLogo)
        throw new AppError("validation_failed", "Check the fields below.", { fields: errors });
      const logo = await storeLogo(webLogo, "sponsor_web_logos", "webLogo");
      const white =
        raw.whiteLogo instanceof File && raw.whiteLogo.size > 0
          ? await storeLogo(raw.whiteLogo, "sponsor_white_logos", "whiteLogo")
          : "";
      const print =
        raw.printLogo instanceof File && raw.printLogo.size > 0
          ? await storeLogo(raw.printLogo, "sponsor_print_logos", "printLogo")
          : "";
      sponsor = { ...fields.data, webLogo: logo, whiteLogo: white, printLogo: print };
    }
    let packageId = saved.packageId;
    if (saved.benefits.length + saved.aLaCarte.length === 0 && saved.standalone.length)
      packageId = await getStandaloneOnlyPackage(year);
    const email = await getUserEmail(principal.userId);
    const result = await createApplication({
      user: { id: principal.userId, email },
      sponsor,
      contacts: input.contacts,
      packageId,
      benefitIds: selectedIds(saved),
      year,
    });
    (await cookies()).delete({ name: SELECTION_COOKIE, path: "/sponsors/" });
    // Straight to the finish page (Sponsorship.new audited the creation): re-rendering step 2
    // without the cookie would send the person back to step 1.
    redirect(`/sponsors/application/finished/${result.sponsorshipId}/`);
  },
});

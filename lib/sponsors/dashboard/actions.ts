"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { AppError } from "@/lib/platform/errors";
import { getDashboardSponsorship } from "./data";
import { saveRequiredAssets, type AssetUpdate } from "./mutations";
import { storeAssetImage } from "./services";
import { dashboardAssets } from "./utils";

/**
 * SponsorRequiredAssetsForm (§5.8): one field per required asset; a fulfilled one cannot be
 * emptied; text within its max length, responses Yes or No, images within their size rules.
 * Only the sponsorship's contacts (superusers any) reach it.
 */
export const updateRequiredAssetsAction = defineAction({
  name: "sponsors.assets.update",
  gate: "signed-in",
  schema: z.object({ id: z.coerce.number().int().positive() }).loose(),
  rateLimit: { name: "sponsorship-apply", by: "user" },
  handler: async ({ input, principal, raw }) => {
    const s = await getDashboardSponsorship(input.id, principal);
    if (!s) throw new AppError("not_found", "Sponsorship not found.");
    const fields: Record<string, string[]> = {};
    const updates: AssetUpdate[] = [];
    for (const line of dashboardAssets(s).required) {
      const sent = raw[line.field];
      if (line.kind === "required_img_asset") {
        if (!(sent instanceof File) || sent.size === 0) continue;
        const stored = await storeAssetImage(sent, line);
        if ("error" in stored) fields[line.field] = [stored.error];
        else updates.push({ ...line, value: stored.key });
        continue;
      }
      const value = typeof sent === "string" ? sent.trim() : "";
      if (!value) {
        if (line.value) fields[line.field] = ["This field is required."];
        continue;
      }
      if (line.kind === "required_response_asset" && !["Yes", "No"].includes(value))
        fields[line.field] = ["Select a valid choice."];
      else if (line.maxLength && value.length > line.maxLength)
        fields[line.field] = [
          `Ensure this value has at most ${line.maxLength} characters (it has ${value.length}).`,
        ];
      else if (value !== line.value) updates.push({ ...line, value });
    }
    if (Object.keys(fields).length)
      throw new AppError("validation_failed", "Check the fields below.", { fields });
    await saveRequiredAssets(s, updates);
    return { done: updates.length ? "Assets were updated with success." : "Nothing changed." };
  },
  revalidate: ({ input }) => [`/users/sponsorships/${input.id}/`],
});

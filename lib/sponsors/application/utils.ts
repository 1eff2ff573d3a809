/**
 * The `sponsorship_selected_benefits` cookie (apps/sponsors/cookies.py), signed so a visitor
 * cannot hand step 2 a selection step 1 never validated (it is validated again anyway).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { slugify } from "@/lib/platform/text";
import type { ApplicationView } from "@/lib/sponsors/types";
import { selectionSchema, type SelectionInput } from "./schema";

export const SELECTION_COOKIE = "sponsorship_selected_benefits";
export const SELECTION_MAX_AGE = 24 * 3600;

const mac = (body: string, secret: string) =>
  createHmac("sha256", `sponsors-selection:${secret}`).update(body).digest("base64url");

export function signSelection(s: SelectionInput, secret: string): string {
  const body = Buffer.from(JSON.stringify(s)).toString("base64url");
  return `${body}.${mac(body, secret)}`;
}

/** The selection, or null when the cookie is missing, tampered with or malformed. */
export function readSelection(cookie: string | undefined, secret: string): SelectionInput | null {
  if (!cookie) return null;
  const [body, sig] = cookie.split(".");
  if (!body || !sig) return null;
  const want = Buffer.from(mac(body, secret));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const parsed = selectionSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every benefit id of a selection, package ones first (the order Sponsorship.new copies them). */
export const selectedIds = (s: SelectionInput) => [...s.benefits, ...s.aLaCarte, ...s.standalone];

/** The step 1 form's view of a configuration; each program's field is `benefits_<slug>` as in forms.py. */
export function toApplicationView(config: {
  packages: ApplicationView["packages"];
  programs: { id: number; name: string }[];
  benefits: ApplicationView["benefits"];
}): ApplicationView {
  return {
    packages: config.packages.map(({ id, name, sponsorshipAmount, allowALaCarte }) => ({
      id,
      name,
      sponsorshipAmount,
      allowALaCarte,
    })),
    programs: config.programs.map((p) => ({
      id: p.id,
      name: p.name,
      field: slugify(p.name).replace(/-/g, "_"),
    })),
    benefits: config.benefits.map(({ id, name, description, programId, new: isNew, tiers, rule }) => ({
      id,
      name,
      description,
      programId,
      new: isNew,
      tiers,
      rule,
    })),
  };
}

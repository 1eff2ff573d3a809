import { describe, expect, it } from "vitest";
import { benefitFormSchema, featureFormSchema, packageFormSchema } from "./schema";

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the sponsorship configuration forms", () => {
  it("turn a package form into domain input: numbers, checkboxes, an empty year as none, the id apart", () => {
    expect(
      packageFormSchema.parse({
        id: "4",
        name: " Visionary ",
        slug: "visionary",
        sponsorshipAmount: "160000",
        advertise: "on",
        logoDimension: "",
        year: "",
        order: "2",
      }),
    ).toEqual({
      id: 4,
      input: {
        name: "Visionary",
        slug: "visionary",
        sponsorshipAmount: 160000,
        advertise: true,
        logoDimension: 175,
        year: null,
        allowALaCarte: false,
        order: 2,
      },
    });
  });

  it("refuse a package without an amount, with a bad slug or an out-of-range year, per field", () => {
    const r = packageFormSchema.safeParse({
      name: "X",
      slug: "no spaces",
      sponsorshipAmount: "",
      year: "1999",
    });
    expect(Object.keys(paths(r)).sort()).toEqual(["slug", "sponsorshipAmount", "year"]);
    expect(paths(r).sponsorshipAmount).toBe("This field is required.");
  });

  it("refuse a standalone benefit that belongs to a package (SponsorshipBenefitAdminForm.clean)", () => {
    const r = benefitFormSchema.safeParse({
      name: "Booth",
      programId: "1",
      standalone: "on",
      packageIds: ["3"],
    });
    expect(paths(r)).toEqual({ "": "Standalone benefits must not belong to any package." });
    const ok = benefitFormSchema.parse({
      name: "Booth",
      programId: "1",
      packageIds: ["3", "5"],
      conflictIds: "7",
    });
    expect(ok.input).toMatchObject({
      packageIds: [3, 5],
      conflictIds: [7],
      legalClauseIds: [],
      capacity: null,
    });
  });

  it("keep only the fields of the configuration's kind, and check each kind's rules", () => {
    const logo = featureFormSchema.parse({
      benefitId: "9",
      kind: "logo_placement",
      publisher: "psf",
      logoPlace: "jobs",
      label: "ignored",
    });
    expect(logo).toEqual({
      benefitId: 9,
      id: undefined,
      input: {
        kind: "logo_placement",
        publisher: "psf",
        logoPlace: "jobs",
        linkToSponsorsPage: false,
        describeAsSponsor: false,
      },
    });
    const img = featureFormSchema.safeParse({
      benefitId: "9",
      kind: "required_img_asset",
      relatedTo: "sponsor",
      internalName: "logo_2027",
      label: "Logo",
      minWidth: "200",
      maxWidth: "100",
      minHeight: "10",
      maxHeight: "20",
    });
    expect(paths(img)).toEqual({ maxWidth: "Max width must be greater than min width" });
    const badDay = featureFormSchema.safeParse({
      benefitId: "9",
      kind: "required_response_asset",
      relatedTo: "sponsor",
      internalName: "ok",
      label: "Ok?",
      dueDate: "2027-3-1",
    });
    expect(paths(badDay)).toEqual({ dueDate: "Enter a valid date." });
    const text = featureFormSchema.parse({
      benefitId: "9",
      kind: "required_text_asset",
      relatedTo: "sponsorship",
      internalName: "bio",
      label: "Bio",
      dueDate: "2027-03-01",
    });
    expect(text.input).toMatchObject({ maxLength: null, dueDate: new Date("2027-03-01T00:00:00Z") });
    expect(
      paths(featureFormSchema.safeParse({ benefitId: "9", kind: "tiered_benefit", quantity: "" })),
    ).toEqual({
      packageId: "This field is required.",
      quantity: "This field is required.",
    });
  });
});

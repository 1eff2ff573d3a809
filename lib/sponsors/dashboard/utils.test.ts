import { describe, expect, it } from "vitest";
import type { DashboardSponsorship } from "./data";
import { assetField, dashboardAssets } from "./utils";

const feature = (kind: string, internalName: string, extra: object = {}) => ({
  kind,
  relatedTo: "sponsorship",
  internalName,
  label: internalName,
  helpText: null,
  dueDate: null,
  shared: false,
  sharedText: null,
  sharedFile: null,
  maxLength: null,
  minWidth: null,
  maxWidth: null,
  minHeight: null,
  maxHeight: null,
  ...extra,
});

describe("the dashboard's assets (§5.8)", () => {
  it("pending required assets first, with their due date, fulfilled ones thanked; provided ones with their value", () => {
    const s = {
      benefits: [
        {
          features: [
            feature("required_text_asset", "done_text"),
            feature("required_img_asset", "logo-2026", {
              dueDate: new Date(Date.UTC(2026, 2, 1)),
              relatedTo: "sponsor",
            }),
          ],
        },
        {
          features: [
            feature("provided_text_asset", "voucher", { shared: true, sharedText: "CODE-1" }),
            feature("required_text_asset", "done_text"),
          ],
        },
      ],
      assets: [{ internalName: "done_text", text: "Hello", image: null, file: null, response: null }],
      sponsorAssets: [{ internalName: "logo-2026", text: null, image: null, file: null, response: null }],
    } as unknown as DashboardSponsorship;
    const { required, provided } = dashboardAssets(s);
    expect(required.map((r) => [r.internalName, r.status])).toEqual([
      ["logo-2026", "(Required by March 1, 2026)"],
      ["done_text", "(Fulfilled, thank you!)"],
    ]);
    expect(required[0]!.field).toBe("logo_2026");
    expect(provided).toEqual([expect.objectContaining({ internalName: "voucher", value: "CODE-1" })]);
  });

  it("field names follow slugify(internal_name) with '-' as '_'", () => {
    expect(assetField("Annual Report-Logo 2026!")).toBe("annual_report_logo_2026");
  });
});

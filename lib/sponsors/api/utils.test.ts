import { describe, expect, it } from "vitest";
import { toLogoPlacements, toSponsorshipAsset } from "./utils";

const row = {
  startDate: new Date(Date.UTC(2026, 0, 1)),
  endDate: new Date(Date.UTC(2026, 11, 31)),
  levelNameOld: "",
  package: { name: "Visionary", order: 0 },
  sponsor: {
    id: 12,
    name: "Example Co",
    description: "We make examples.",
    landingPageUrl: "https://example.com/",
    webLogo: "sponsor_web_logos/x.png",
    whiteLogo: "",
    contacts: [
      {
        name: "Pat",
        email: "pat@example.com",
        primary: true,
        administrative: false,
        accounting: false,
        manager: false,
      },
    ],
  },
  benefits: [
    {
      features: [
        { publisher: "psf", logoPlace: "sponsors", linkToSponsorsPage: false, describeAsSponsor: true },
      ],
    },
    {
      features: [{ publisher: "psf", logoPlace: "jobs", linkToSponsorsPage: true, describeAsSponsor: false }],
    },
    {
      features: [
        { publisher: "pypi", logoPlace: "sidebar", linkToSponsorsPage: false, describeAsSponsor: false },
      ],
    },
  ],
};
const url = (k: string) => `/media/${k}`;

describe("logo placement items (apps/sponsors/api.py)", () => {
  it("one per placement, in the serializer's field order, with python.org's rewrites", () => {
    const items = toLogoPlacements(row, {}, url);
    expect(items).toHaveLength(3);
    expect(Object.keys(items[0]!)).toEqual([
      "publisher",
      "flight",
      "sponsor",
      "sponsor_id",
      "sponsor_slug",
      "description",
      "logo",
      "white_logo",
      "start_date",
      "end_date",
      "sponsor_url",
      "level_name",
      "level_order",
      "contacts",
    ]);
    expect(items[0]).toMatchObject({
      sponsor_id: "12",
      sponsor_slug: "example-co",
      description: "Example Co is a Visionary sponsor of the Python Software Foundation.",
      logo: expect.stringMatching(/^https?:\/\/[^/]+\/media\/sponsor_web_logos\/x\.png$/),
      white_logo: null,
      start_date: "2026-01-01",
      sponsor_url: "https://example.com/",
      level_order: 0,
    });
    expect(items[1]!.sponsor_url).toMatch(/\/psf\/sponsors\/#example-co$/);
    expect(items[1]!.description).toBe("We make examples.");
  });

  it("publisher and flight filter the placements", () => {
    expect(toLogoPlacements(row, { publisher: "pypi" }, url).map((i) => i.flight)).toEqual(["sidebar"]);
    expect(toLogoPlacements(row, { publisher: "psf", flight: "jobs" }, url).map((i) => i.flight)).toEqual([
      "jobs",
    ]);
    expect(toLogoPlacements(row, { flight: "download" }, url)).toEqual([]);
  });
});

describe("sponsorship asset items", () => {
  const base = { internalName: "n", uuid: "u", image: null, text: null, file: null, response: null };
  it("text values as they are, files as absolute URLs, empty as '', the owner's kind", () => {
    expect(
      toSponsorshipAsset(
        { ...base, type: "text", text: "Hi", sponsor: null, sponsorship: { sponsor: { name: "A B" } } },
        url,
      ),
    ).toEqual({
      internal_name: "n",
      uuid: "u",
      value: "Hi",
      content_type: "Sponsorship",
      sponsor: "A B",
      sponsor_slug: "a-b",
    });
    expect(
      toSponsorshipAsset(
        { ...base, type: "img", image: "k.png", sponsor: { name: "A" }, sponsorship: null },
        url,
      )?.value,
    ).toMatch(/\/media\/k\.png$/);
    expect(
      toSponsorshipAsset({ ...base, type: "response", sponsor: { name: "A" }, sponsorship: null }, url),
    ).toMatchObject({ value: "", content_type: "Sponsor" });
    expect(toSponsorshipAsset({ ...base, type: "text", sponsor: null, sponsorship: null }, url)).toBeNull();
  });
});

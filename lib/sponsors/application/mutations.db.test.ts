/** §5.4 step 4 (NewSponsorshipApplicationView tests): the sponsor, its contacts, the application, the mails. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { createApplication, getStandaloneOnlyPackage } from "./mutations";
import { readSelection, signSelection } from "./utils";

const YEAR = 2042;
let user: { id: number; email: string };
let ids: Map<string, number>;
let pkgs: Map<string, number>;

async function drop() {
  await db.sponsorship.deleteMany({ where: { year: YEAR } });
  await db.sponsor.deleteMany({ where: { name: { startsWith: "Application test " } } });
  await db.sponsorshipBenefit.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipPackage.deleteMany({ where: { year: YEAR } });
  await db.user.deleteMany({ where: { username: "sponsors-application-test" } });
}
beforeAll(async () => {
  await drop();
  const made = await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, []);
  ids = made.benefitIds;
  pkgs = made.packageIds;
  user = await db.user.create({
    data: { username: "sponsors-application-test", email: "Apply.Test@example.org" },
    select: { id: true, email: true },
  });
});
afterAll(drop);

const newSponsor = (name: string) => ({
  name: `Application test ${name}`,
  description: "",
  landingPageUrl: "https://apply.example.org/",
  twitterHandle: "",
  linkedInPageUrl: "",
  primaryPhone: "+1 555 0190",
  mailingAddressLine1: "1 Test Way",
  mailingAddressLine2: "",
  city: "Boston",
  state: "MA",
  postalCode: "02110",
  country: "US",
  stateOfIncorporation: "",
  countryOfIncorporation: "",
  webLogo: "sponsor_web_logos/test.png",
  whiteLogo: "",
  printLogo: "",
});
const contact = (email: string, primary: boolean) => ({
  name: "C",
  email,
  phone: "1",
  primary,
  administrative: false,
  accounting: !primary,
});

describe("createApplication", () => {
  it("creates the sponsor and contacts, links the contact with the user's address, applies and logs both mails", async () => {
    const before = await db.emailLog.count();
    const r = await createApplication({
      user,
      sponsor: newSponsor("new"),
      contacts: [contact("apply.test@example.org", true), contact("billing@apply.example.org", false)],
      packageId: pkgs.get("partner")!,
      benefitIds: [ids.get("Logo on the python.org sponsors page")!],
      year: YEAR,
    });
    const sp = await db.sponsorship.findUniqueOrThrow({
      where: { id: r.sponsorshipId },
      include: { sponsor: { include: { contacts: true } } },
    });
    expect(sp).toMatchObject({
      status: "applied",
      submittedById: user.id,
      year: YEAR,
      forModifiedPackage: true,
    });
    expect(sp.sponsor!.contacts.map((c) => c.userId)).toEqual([user.id, null]);
    expect(r.notified).toEqual(["Apply.Test@example.org"]);
    const mails = await db.emailLog.findMany({
      where: { id: { gt: 0 } },
      orderBy: { id: "desc" },
      take: 2,
      select: { subject: true },
    });
    expect(await db.emailLog.count()).toBe(before + 2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "New sponsorship application from Application test new",
      "Thank you for applying to sponsor the Python Software Foundation",
    ]);
  });

  it("standalone-only applications get the year's Standalone Only package, once", async () => {
    const a = await getStandaloneOnlyPackage(YEAR);
    expect(await getStandaloneOnlyPackage(YEAR)).toBe(a);
    expect(await db.sponsorshipPackage.findUniqueOrThrow({ where: { id: a } })).toMatchObject({
      name: "Standalone Only",
      sponsorshipAmount: 0,
      slug: "standalone-only",
    });
  });
});

describe("the selection cookie", () => {
  it("round-trips, and refuses a tampered or foreign-signed value", () => {
    const s = { packageId: 3, benefits: [1, 2], aLaCarte: [], standalone: [] };
    const c = signSelection(s, "k1");
    expect(readSelection(c, "k1")).toEqual(s);
    expect(readSelection(c, "k2")).toBeNull();
    const [body, sig] = c.split(".");
    const forged = Buffer.from(JSON.stringify({ ...s, packageId: 9 })).toString("base64url");
    expect(readSelection(`${forged}.${sig}`, "k1")).toBeNull();
    expect(readSelection(`${body}`, "k1")).toBeNull();
    expect(readSelection(undefined, "k1")).toBeNull();
  });
});

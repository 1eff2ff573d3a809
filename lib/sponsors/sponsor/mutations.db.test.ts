/** SponsorUpdateForm.save (§5.8): the sponsor's fields and its contacts formset in one write. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { updateSponsorInfo } from "./mutations";

let sponsorId: number;
let otherContact: number;
let userId: number;
const info = {
  description: "New words.",
  landingPageUrl: "https://formset.example.org/",
  twitterHandle: "",
  linkedInPageUrl: "",
  primaryPhone: "+1 555 0199",
  mailingAddressLine1: "1 Formset Road",
  mailingAddressLine2: "",
  city: "Austin",
  state: "TX",
  postalCode: "73301",
  country: "US",
  stateOfIncorporation: "",
  countryOfIncorporation: "",
};

async function drop() {
  await db.sponsor.deleteMany({ where: { name: { startsWith: "Formset test" } } });
  await db.user.deleteMany({ where: { username: "formset-test" } });
}
beforeAll(async () => {
  await drop();
  userId = (await db.user.create({ data: { username: "formset-test", email: "Editor@Formset.example.org" } }))
    .id;
  sponsorId = (
    await db.sponsor.create({
      data: {
        name: "Formset test sponsor",
        contacts: {
          create: [
            { name: "Keep", email: "keep@formset.example.org", phone: "1", primary: true },
            { name: "Drop", email: "drop@formset.example.org", phone: "2" },
          ],
        },
      },
    })
  ).id;
  const other = await db.sponsor.create({
    data: {
      name: "Formset test other",
      contacts: { create: [{ name: "Theirs", email: "t@x.org", phone: "3" }] },
    },
    include: { contacts: true },
  });
  otherContact = other.contacts[0]!.id;
});
afterAll(drop);

const contactsOf = () =>
  db.sponsorContact.findMany({
    where: { sponsorId },
    orderBy: { id: "asc" },
    select: { name: true, primary: true, accounting: true, userId: true },
  });

describe("updateSponsorInfo", () => {
  it("updates kept contacts, adds new ones (linking the editor's address), deletes the deleted, never the name", async () => {
    const [keep, dropped] = await db.sponsorContact.findMany({
      where: { sponsorId },
      orderBy: { id: "asc" },
    });
    await updateSponsorInfo(
      sponsorId,
      info,
      {
        rows: [
          {
            id: keep!.id,
            name: "Kept",
            email: keep!.email,
            phone: "1",
            primary: true,
            administrative: false,
            accounting: true,
          },
          {
            name: "New",
            email: "editor@formset.example.org",
            phone: "4",
            primary: false,
            administrative: false,
            accounting: false,
          },
        ],
        deleted: [dropped!.id],
      },
      { userId, email: "Editor@Formset.example.org" },
    );
    expect(await contactsOf()).toEqual([
      { name: "Kept", primary: true, accounting: true, userId: null },
      { name: "New", primary: false, accounting: false, userId },
    ]);
    const s = await db.sponsor.findUniqueOrThrow({ where: { id: sponsorId } });
    expect(s).toMatchObject({
      name: "Formset test sponsor",
      description: "New words.",
      city: "Austin",
      lastModifiedById: userId,
    });
  });

  it("refuses to touch another sponsor's contact, changing nothing", async () => {
    const before = await contactsOf();
    await expect(
      updateSponsorInfo(
        sponsorId,
        { ...info, city: "Elsewhere" },
        { rows: [], deleted: [otherContact] },
        { userId, email: "x@y.org" },
      ),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await contactsOf()).toEqual(before);
    expect(await db.sponsorContact.count({ where: { id: otherContact } })).toBe(1);
    expect((await db.sponsor.findUniqueOrThrow({ where: { id: sponsorId } })).city).toBe("Austin");
  });
});

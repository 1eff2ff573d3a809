import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFlagRule } from "@/lib/flags/data";
import { updateFlag } from "@/lib/flags/mutations";
import { isFlagActive } from "@/lib/flags/utils";
import { db } from "@/lib/platform/db";
import { ANNOUNCE_LIST, ANNOUNCE_SUBJECT, COC_REQUIRED } from "./constants";
import { getMembershipOf } from "./data";
import { affirmVote, createMembership, deleteMembership, updateMembership } from "./mutations";
import { membershipCreateSchema, membershipUpdateSchema } from "./schema";
import { needsVoteAffirmation } from "./utils";

// Our own accounts and flag (unique names): the db project shares one database.
const tag = `h5m${Date.now().toString(36)}`;
const users: Record<string, number> = {};
let flagId = 0;

beforeAll(async () => {
  for (const name of ["joiner", "other", "loner"]) {
    const u = await db.user.create({
      data: { username: `${tag}-${name}`, email: `${tag}-${name}@example.org`, firstName: "Test" },
    });
    users[name] = u.id;
  }
  flagId = (await db.featureFlag.create({ data: { name: `${tag}-flag`, everyone: null, superusers: true } }))
    .id;
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await db.featureFlag.deleteMany({ where: { id: flagId } });
  await db.emailLog.deleteMany({ where: { fromAddr: { startsWith: tag } } });
});

const form = {
  legalName: "Ingrid Test",
  preferredName: "Ingrid",
  emailAddress: "",
  city: "Tromsø",
  region: "Troms",
  country: "Norway",
  postalCode: "9008",
};

describe("feature flags (waffle)", () => {
  it("a flag left unknown is off for visitors and on for superusers; set for everyone it is on for all", async () => {
    const rule = await getFlagRule(`${tag}-flag`);
    expect(isFlagActive(rule)).toBe(false);
    expect(isFlagActive(rule, { isStaff: false, isSuperuser: true })).toBe(true);
    expect(isFlagActive(rule, { isStaff: true, isSuperuser: false })).toBe(false);
    await updateFlag(flagId, { everyone: true, superusers: true, staff: false, testing: false, note: "" });
    expect(isFlagActive(await getFlagRule(`${tag}-flag`))).toBe(true);
    await updateFlag(flagId, { everyone: false, superusers: true, staff: false, testing: false, note: "" });
    expect(isFlagActive(await getFlagRule(`${tag}-flag`), { isStaff: true, isSuperuser: true })).toBe(false);
    expect(isFlagActive(await getFlagRule(`${tag}-missing`))).toBe(false);
  });
});

describe("membership form", () => {
  it("requires the code of conduct to be agreed (Yes), with python.org's message", () => {
    for (const coc of ["", "no", undefined]) {
      const r = membershipCreateSchema.safeParse({ ...form, psfCodeOfConduct: coc });
      expect(r.success).toBe(false);
      expect(r.error!.issues.find((i) => i.path[0] === "psfCodeOfConduct")?.message).toBe(COC_REQUIRED);
    }
    expect(membershipCreateSchema.parse({ ...form, psfCodeOfConduct: "yes" }).psfCodeOfConduct).toBe(true);
  });

  it("requires every address field; the update form has no code of conduct field", () => {
    const r = membershipCreateSchema.safeParse({ psfCodeOfConduct: "yes" });
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(
      ["city", "country", "legalName", "postalCode", "preferredName", "region"].sort(),
    );
    expect(membershipUpdateSchema.parse({ ...form, psfCodeOfConduct: "no" })).not.toHaveProperty(
      "psfCodeOfConduct",
    );
  });
});

describe("membership mutations", () => {
  it("joining stamps the vote affirmation, uses the account email, and mails the announce list a subscribe request", async () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const input = membershipCreateSchema.parse({
      ...form,
      psfCodeOfConduct: "yes",
      votes: "on",
      psfAnnouncements: "on",
    });
    const row = await createMembership(users.joiner!, input, now);
    expect(row).toMatchObject({
      emailAddress: `${tag}-joiner@example.org`,
      psfCodeOfConduct: true,
      votes: true,
    });
    expect(row.lastVoteAffirmation).toEqual(now);
    const mail = await db.emailLog.findFirst({ where: { fromAddr: { contains: `${tag}-joiner@` } } });
    expect(mail).toMatchObject({ toAddrs: [ANNOUNCE_LIST], subject: ANNOUNCE_SUBJECT, text: "subscribe" });
    // One membership per account.
    await expect(createMembership(users.joiner!, input, now)).rejects.toMatchObject({ code: "conflict" });
  });

  it("without announcements no mail is sent, and without votes no affirmation is stamped", async () => {
    const input = membershipCreateSchema.parse({ ...form, psfCodeOfConduct: "yes" });
    const row = await createMembership(users.other!, input);
    expect(row.lastVoteAffirmation).toBeNull();
    expect(await db.emailLog.count({ where: { fromAddr: { contains: `${tag}-other@` } } })).toBe(0);
    // Turning votes on later stamps the first affirmation (Membership.save).
    const later = new Date("2026-12-01T09:00:00Z");
    const updated = await updateMembership(
      users.other!,
      { ...membershipUpdateSchema.parse(form), votes: true },
      later,
    );
    expect(updated.lastVoteAffirmation).toEqual(later);
    expect(updated.psfCodeOfConduct).toBe(true);
  });

  it("editing without a membership is not found", async () => {
    await expect(updateMembership(users.loner!, membershipUpdateSchema.parse(form))).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("a voting member needs to affirm after 366 days, and affirming resets it", async () => {
    const old = new Date(Date.now() - 367 * 86_400_000);
    await db.membership.update({ where: { creatorId: users.joiner! }, data: { lastVoteAffirmation: old } });
    expect(needsVoteAffirmation((await getMembershipOf(users.joiner!))!)).toBe(true);
    expect(
      needsVoteAffirmation({ votes: true, lastVoteAffirmation: new Date(Date.now() - 365 * 86_400_000) }),
    ).toBe(false);
    expect(needsVoteAffirmation({ votes: false, lastVoteAffirmation: old })).toBe(false);
    await affirmVote(users.joiner!);
    expect(needsVoteAffirmation((await getMembershipOf(users.joiner!))!)).toBe(false);
    await expect(affirmVote(users.loner!)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a member may delete only their own membership (403 otherwise, 404 when there is none)", async () => {
    await expect(deleteMembership(users.joiner!, `${tag}-other`)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await getMembershipOf(users.other!)).not.toBeNull();
    await expect(deleteMembership(users.loner!, `${tag}-loner`)).rejects.toMatchObject({ code: "not_found" });
    await deleteMembership(users.other!, `${tag}-OTHER`);
    expect(await getMembershipOf(users.other!)).toBeNull();
  });

  it("deleting the account removes its membership", async () => {
    const id = (await getMembershipOf(users.joiner!))!.id;
    await db.user.delete({ where: { id: users.joiner! } });
    delete users.joiner;
    expect(await db.membership.findUnique({ where: { id } })).toBeNull();
  });
});

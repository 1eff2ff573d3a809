import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { confirmEmailChange, requestEmailChange } from "@/lib/users/accounts/email/mutations";
import { deleteAccount, setUserRoles, signOutEveryone, updateProfile } from "@/lib/users/mutations";
import { hashPassword } from "@/lib/users/passwords/utils";

// Profile settings, email change, account deletion and role changes against real rows.
const stamp = Date.now();
const password = "a long passphrase for settings tests";
let userId = 0;
let staffId = 0;
let groupId = 0;

beforeAll(async () => {
  const hash = await hashPassword(password);
  userId = (
    await db.user.create({
      data: {
        username: `settings${stamp}`,
        email: `settings${stamp}@example.org`,
        password: hash,
        emailVerified: new Date(),
      },
    })
  ).id;
  staffId = (await db.user.create({ data: { username: `settingsstaff${stamp}`, isStaff: true } })).id;
  groupId = (await db.group.create({ data: { name: `Settings group ${stamp}` } })).id;
});

afterAll(async () => {
  await db.user.deleteMany({
    where: { username: { startsWith: `settings` }, id: { in: [userId, staffId] } },
  });
  await db.group.deleteMany({ where: { id: groupId } });
});

describe("profile settings", () => {
  it("stores names and privacy choices", async () => {
    await updateProfile(userId, {
      username: `settings${stamp}`,
      bio: "",
      firstName: "Ada",
      lastName: "L",
      searchVisibility: 0,
      emailPrivacy: 1,
      publicProfile: false,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row).toMatchObject({
      firstName: "Ada",
      searchVisibility: 0,
      emailPrivacy: 1,
      publicProfile: false,
    });
  });
});

describe("profile username and bio (UserProfileForm)", () => {
  const base = { firstName: "", lastName: "", searchVisibility: 1, emailPrivacy: 0, publicProfile: true };

  it("refuses a username another account has in any case, with python.org's message, and changes nothing", async () => {
    await expect(
      updateProfile(userId, { ...base, username: `SETTINGSSTAFF${stamp}`, bio: "kept?" }),
    ).rejects.toMatchObject({
      code: "conflict",
      fields: { username: ["A user with that username already exists."] },
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect([row.username, row.bio]).toEqual([`settings${stamp}`, ""]);
  });

  it("takes a new username (its own in another case too) and reports the old one", async () => {
    expect(await updateProfile(userId, { ...base, username: `Settings.Renamed@${stamp}`, bio: "" })).toEqual({
      username: `Settings.Renamed@${stamp}`,
      previous: `settings${stamp}`,
    });
    expect(await updateProfile(userId, { ...base, username: `settings${stamp}`, bio: "" })).toEqual({
      username: `settings${stamp}`,
      previous: `Settings.Renamed@${stamp}`,
    });
  });

  it("stores the bio as Markdown rendered and sanitized", async () => {
    const bio =
      "I like **snakes**.\n\n[x](javascript:alert(2)) and [home](https://example.org/)\n\n<script>alert(1)</script> <img src=x onerror=alert(3)>";
    await updateProfile(userId, { ...base, username: `settings${stamp}`, bio });
    const row = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.bio).toBe(bio);
    expect(row.bioMarkupType).toBe("markdown");
    expect(row.bioRendered).toContain("<strong>snakes</strong>");
    expect(row.bioRendered).toContain('<a href="https://example.org/"');
    // Raw HTML comes out as text, a javascript: link loses its target.
    expect(row.bioRendered).toContain("&lt;script&gt;");
    expect(row.bioRendered).not.toMatch(/<script|<img|href="javascript/i);
  });
});

describe("email change (AC-SESS-5)", () => {
  it("refuses without the current password and changes nothing", async () => {
    expect(await requestEmailChange(userId, "wrong", `new${stamp}@example.org`)).toBe("wrong_password");
    expect(await db.userToken.count({ where: { userId, purpose: "email_change" } })).toBe(0);
  });

  it("changes the address only through the single-use link sent to the new one", async () => {
    expect(await requestEmailChange(userId, password, `new${stamp}@example.org`)).toBe("sent");
    const mail = await db.emailLog.findFirstOrThrow({
      where: { toAddrs: { has: `new${stamp}@example.org` } },
      orderBy: { id: "desc" },
    });
    const token = /\/accounts\/email\/confirm\/([^/]+)\//.exec(mail.text)![1]!;
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(
      `settings${stamp}@example.org`,
    );
    expect(await confirmEmailChange(token)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(
      `new${stamp}@example.org`,
    );
    expect(await confirmEmailChange(token)).toBe(false);
  });
});

describe("roles", () => {
  it("lets staff set groups but not the superuser flag, which only a superuser changes", async () => {
    const staff = { userId: staffId, isSuperuser: false };
    expect(
      await setUserRoles({ userId, isStaff: false, isSuperuser: true, groupIds: [groupId] }, staff),
    ).toBe("superuser_only");
    let row = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { groups: true } });
    expect([row.isSuperuser, row.groups.length]).toEqual([false, 0]);

    expect(
      await setUserRoles({ userId, isStaff: true, isSuperuser: false, groupIds: [groupId] }, staff),
    ).toBe("saved");
    row = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { groups: true } });
    expect([row.isStaff, row.groups.map((g) => g.groupId)]).toEqual([true, [groupId]]);

    const root = { userId: staffId, isSuperuser: true };
    expect(await setUserRoles({ userId, isStaff: true, isSuperuser: true, groupIds: [] }, root)).toBe(
      "saved",
    );
    row = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { groups: true } });
    expect([row.isSuperuser, row.groups.length]).toEqual([true, 0]);
  });
});

describe("sign everyone out (AC-SESS-3 global epoch)", () => {
  it("moves every user's session version on", async () => {
    const before = await db.user.findMany({ select: { id: true, sessionVersion: true } });
    const count = await signOutEveryone(staffId);
    expect(count).toBeGreaterThanOrEqual(before.length);
    const after = new Map(
      (await db.user.findMany({ select: { id: true, sessionVersion: true } })).map((u) => [
        u.id,
        u.sessionVersion,
      ]),
    );
    for (const u of before) expect(after.get(u.id)).toBe(u.sessionVersion + 1);
  });
});

describe("account deletion", () => {
  it("needs the password, then removes the account and keeps what it created without attribution", async () => {
    const page = await db.page.create({
      data: { title: `Created by ${stamp}`, path: `settings-${stamp}`, content: "x", creatorId: userId },
    });
    expect(await deleteAccount(userId, "not the password")).toBe("not_confirmed");
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
    expect(await deleteAccount(userId, password)).toBe("deleted");
    expect(await db.user.count({ where: { id: userId } })).toBe(0);
    expect((await db.page.findUniqueOrThrow({ where: { id: page.id } })).creatorId).toBeNull();
    await db.page.delete({ where: { id: page.id } });
  });

  it("asks an account without a password (OAuth only) to type its username", async () => {
    const oauthOnly = await db.user.create({ data: { username: `settingsoauth${stamp}`, password: null } });
    expect(await deleteAccount(oauthOnly.id, "")).toBe("not_confirmed");
    expect(await deleteAccount(oauthOnly.id, `SETTINGSOAUTH${stamp}`)).toBe("deleted");
  });
});

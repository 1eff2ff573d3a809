import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { DEFAULT_ACCENT, MESSAGES } from "./constants";
import { getElection, getNomination, listNominees } from "./data";
import { acceptNomination, createNomination, renderStatement, updateNomination } from "./mutations";
import { nominationFieldsSchema } from "./schema";
import { nominationVisible, nomineeVisible, parsePreviousService, serviceYears } from "./utils";

const DAY = 86_400_000;
const tag = `h5n${Date.now().toString(36)}`;
const users: Record<string, { userId: number; isStaff: boolean; isSuperuser: boolean }> = {};
const kinds: number[] = [];
let board = "";
let council = "";
let inaugural = "";
let closed = "";

const fields = (over: Record<string, unknown> = {}) =>
  nominationFieldsSchema.parse({
    name: "Nora Nominee",
    email: "nora@example.org",
    employer: "",
    otherAffiliations: "",
    nominationStatement: "Nora *leads* the docs team.",
    previousService: "no",
    ...over,
  });

beforeAll(async () => {
  for (const [name, first, last] of [
    ["nominator", "Nina", "Nominator"],
    ["nominee", "Nora", "Nominee"],
    ["stranger", "Sid", "Stranger"],
    ["nameless", "", ""],
  ] as const) {
    const u = await db.user.create({
      data: {
        username: `${tag}-${name}`,
        email: `${tag}-${name}@example.org`,
        firstName: first,
        lastName: last,
      },
    });
    users[name] = { userId: u.id, isStaff: false, isSuperuser: false };
  }
  const b = await db.electionKind.create({ data: { name: `${tag} Board`, slug: `${tag}-board` } });
  const pc = await db.electionKind.create({
    data: {
      name: `${tag} Council`,
      slug: `${tag}-council`,
      nominationForm: "packaging_council",
      accentColor: "#7a3e9d",
    },
  });
  kinds.push(b.id, pc.id);
  const now = Date.now();
  const open = { nominationsOpenAt: new Date(now - DAY), nominationsCloseAt: new Date(now + 10 * DAY) };
  const make = async (slug: string, kindId: number, window: typeof open, hide = false) =>
    (
      await db.election.create({
        data: {
          name: slug,
          slug,
          kindId,
          date: new Date(now + 30 * DAY),
          ...window,
          hidePreviousService: hide,
        },
      })
    ).slug;
  board = await make(`${tag}-board-open`, b.id, open);
  council = await make(`${tag}-council-open`, pc.id, open);
  inaugural = await make(`${tag}-council-first`, pc.id, open, true);
  closed = await make(`${tag}-board-closed`, b.id, {
    nominationsOpenAt: new Date(now - 20 * DAY),
    nominationsCloseAt: new Date(now - 10 * DAY),
  });
});

afterAll(async () => {
  await db.election.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.electionKind.deleteMany({ where: { id: { in: kinds } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.userId) } } });
});

describe("election kinds", () => {
  it("default to python.org's accent colour, keep an override, and an election outlives its kind", async () => {
    const k = await db.electionKind.create({ data: { name: `${tag} Temp`, slug: `${tag}-temp` } });
    expect(k.accentColor).toBe(DEFAULT_ACCENT);
    expect((await getElection(council))!.kind!.accentColor).toBe("#7a3e9d");
    const e = await db.election.create({
      data: { name: `${tag}-orphan`, slug: `${tag}-orphan`, date: new Date(), kindId: k.id },
    });
    await db.electionKind.delete({ where: { id: k.id } });
    expect((await getElection(e.slug))!.kind).toBeNull();
  });
});

describe("statements", () => {
  it("are sanitised Markdown: javascript: links and scripts dropped, raw HTML escaped, structure kept", () => {
    const html = renderStatement(
      '[click](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror="alert(3)">\n\n> quoted\n\n- one\n- two\n\n## Heading',
    );
    expect(html).not.toMatch(/href="javascript:|<script|<img/i);
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>one</li>");
    expect(html).toMatch(/<h2[^>]*>Heading<\/h2>/);
  });

  it("the preview renders byte for byte what a save stores", async () => {
    const text = "**Bold** & <b>raw</b>\n\n1. first";
    const r = await createNomination(users.nominator!, board, fields({ nominationStatement: text }));
    const row = await getNomination((await getElection(board))!.id, r.id);
    expect(row!.nominationStatementRendered).toBe(renderStatement(text));
  });
});

describe("creating nominations", () => {
  it("an unknown election is not found, a closed one says so", async () => {
    await expect(createNomination(users.nominator!, `${tag}-nope`, fields())).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(createNomination(users.nominator!, closed, fields())).rejects.toMatchObject({
      code: "not_found",
      message: `Nominations for ${closed} Election are closed`,
    });
  });

  it("third-party nominations need no acknowledgments and ignore posted ones; they are not accepted", async () => {
    const r = await createNomination(
      users.nominator!,
      board,
      fields({ cocAcknowledged: "on", missionAlignment: "on", eligibilityConfirmed: "on" }),
    );
    const n = await db.nomination.findUniqueOrThrow({ where: { id: r.id } });
    expect(n).toMatchObject({
      cocAcknowledged: false,
      missionAlignment: false,
      eligibilityConfirmed: false,
      accepted: false,
      nomineeId: null,
    });
    expect(n.previousBoardService).toBe("New board member");
  });

  it("a Board self-nomination requires the code of conduct, keeps mission alignment optional, and makes an accepted nominee", async () => {
    await expect(
      createNomination(users.nominee!, board, fields({ selfNomination: "on" })),
    ).rejects.toMatchObject({
      fields: { cocAcknowledged: [MESSAGES.cocRequired] },
    });
    const r = await createNomination(
      users.nominee!,
      board,
      fields({ selfNomination: "on", cocAcknowledged: "on" }),
    );
    const n = await db.nomination.findUniqueOrThrow({ where: { id: r.id }, include: { nominee: true } });
    expect(n).toMatchObject({ accepted: true, cocAcknowledged: true, missionAlignment: false });
    expect(n.nominee).toMatchObject({
      userId: users.nominee!.userId,
      accepted: true,
      approved: false,
      slug: "nora-nominee",
    });
    // A second self-nomination reuses the nominee.
    const again = await createNomination(
      users.nominee!,
      board,
      fields({ selfNomination: "on", cocAcknowledged: "on" }),
    );
    expect((await db.nomination.findUniqueOrThrow({ where: { id: again.id } })).nomineeId).toBe(n.nomineeId);
  });

  it("a Packaging Council self-nomination requires both the code of conduct and eligibility, and stores them", async () => {
    const err = await createNomination(
      users.nominee!,
      council,
      fields({ selfNomination: "on", cocAcknowledged: "on" }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ fields: { eligibilityConfirmed: [MESSAGES.eligibilityRequired] } });
    const r = await createNomination(
      users.nominee!,
      council,
      fields({ selfNomination: "on", cocAcknowledged: "on", eligibilityConfirmed: "on" }),
    );
    expect(await db.nomination.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      cocAcknowledged: true,
      eligibilityConfirmed: true,
      previousBoardService: "New Packaging Council member",
    });
  });

  it("self-nomination needs the account's first and last name", async () => {
    await expect(
      createNomination(users.nameless!, board, fields({ selfNomination: "on", cocAcknowledged: "on" })),
    ).rejects.toMatchObject({ fields: { selfNomination: [MESSAGES.needName] } });
  });
});

describe("previous service", () => {
  it('"yes" requires years, composes them sorted, refuses a year outside the form; PC years start in 2025', async () => {
    await expect(
      createNomination(users.nominator!, board, fields({ previousService: "yes" })),
    ).rejects.toMatchObject({
      fields: { previousServiceYears: [MESSAGES.yearsRequired] },
    });
    const r = await createNomination(
      users.nominator!,
      board,
      fields({ previousService: "yes", previousServiceYears: ["2020", "2019"] }),
    );
    expect((await db.nomination.findUniqueOrThrow({ where: { id: r.id } })).previousBoardService).toBe(
      "2019, 2020",
    );
    await expect(
      createNomination(
        users.nominator!,
        council,
        fields({ previousService: "yes", previousServiceYears: ["2019"] }),
      ),
    ).rejects.toMatchObject({ fields: { previousServiceYears: [MESSAGES.badYear] } });
    expect(serviceYears("packaging_council", new Date("2026-12-02T00:00:00Z"))).toEqual(["2026", "2025"]);
    expect(serviceYears("board", new Date("2026-12-02T00:00:00Z")).at(-1)).toBe("2001");
    await expect(
      createNomination(users.nominator!, board, fields({ previousService: "" })),
    ).rejects.toMatchObject({
      fields: { previousService: [MESSAGES.previousRequired] },
    });
  });

  it("an election that hides previous service stores NULL and asks nothing", async () => {
    const r = await createNomination(users.nominator!, inaugural, fields({ previousService: "" }));
    expect((await db.nomination.findUniqueOrThrow({ where: { id: r.id } })).previousBoardService).toBeNull();
  });

  it("the edit form is prefilled from the stored text", () => {
    const now = new Date("2026-12-02T00:00:00Z");
    expect(parsePreviousService("2019, 2020", "board", now)).toEqual({
      answer: "yes",
      years: ["2019", "2020"],
    });
    expect(parsePreviousService("New board member", "board", now)).toEqual({ answer: "no", years: [] });
    expect(parsePreviousService(null, "board", now)).toEqual({ answer: "", years: [] });
  });
});

describe("editing and accepting", () => {
  it("the nominator edits while open and unaccepted; after approval, or for anyone else, it is 403 and unchanged", async () => {
    const e = (await getElection(board))!;
    const r = await createNomination(users.nominator!, board, fields());
    await updateNomination(users.nominator!, board, r.id, fields({ employer: "Docs Inc" }));
    expect((await getNomination(e.id, r.id))!.employer).toBe("Docs Inc");
    await expect(
      updateNomination(users.stranger!, board, r.id, fields({ employer: "Evil" })),
    ).rejects.toMatchObject({ code: "forbidden" });
    await db.nomination.update({ where: { id: r.id }, data: { approved: true } });
    await expect(
      updateNomination(users.nominator!, board, r.id, fields({ employer: "Later" })),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await getNomination(e.id, r.id))!.employer).toBe("Docs Inc");
    // Another election's slug with this id is not found.
    await expect(updateNomination(users.nominator!, council, r.id, fields())).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("only the nominee accepts, only while open; accepting marks the nominee accepted", async () => {
    const e = (await getElection(board))!;
    const r = await createNomination(users.nominator!, board, fields());
    const nominee = await db.nominee.upsert({
      where: { userId_electionId: { userId: users.stranger!.userId, electionId: e.id } },
      update: {},
      create: { electionId: e.id, userId: users.stranger!.userId, slug: "sid-stranger" },
    });
    await db.nomination.update({ where: { id: r.id }, data: { nomineeId: nominee.id } });
    await expect(acceptNomination(users.nominator!, board, r.id, true)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(acceptNomination(users.stranger!, council, r.id, true)).rejects.toMatchObject({
      code: "not_found",
    });
    await acceptNomination(users.stranger!, board, r.id, true);
    expect((await getNomination(e.id, r.id))!.accepted).toBe(true);
    expect((await db.nominee.findUniqueOrThrow({ where: { id: nominee.id } })).accepted).toBe(true);
    // The nominee may edit while open, even accepted.
    await updateNomination(users.stranger!, board, r.id, fields({ employer: "Sid's own" }));
    // After the window closes: no accepting, no editing.
    await db.election.update({
      where: { id: e.id },
      data: { nominationsCloseAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptNomination(users.stranger!, board, r.id, false)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateNomination(users.stranger!, board, r.id, fields())).rejects.toMatchObject({
      code: "forbidden",
    });
    await db.election.update({
      where: { id: e.id },
      data: { nominationsCloseAt: new Date(Date.now() + 10 * DAY) },
    });
  });
});

describe("visibility", () => {
  const now = new Date();
  const openW = {
    nominationsOpenAt: new Date(now.getTime() - DAY),
    nominationsCloseAt: new Date(now.getTime() + DAY),
    date: now,
  };
  const closedW = { ...openW, nominationsCloseAt: new Date(now.getTime() - 1000) };
  const staff = { userId: -1, isStaff: true, isSuperuser: false };
  const me = { userId: 7, isStaff: false, isSuperuser: false };

  it("a nominee is public once accepted, approved and nominations are no longer open; else staff and themselves", () => {
    const n = { accepted: true, approved: true, userId: 7 };
    expect(nomineeVisible(n, closedW, null, now)).toBe(true);
    expect(nomineeVisible(n, openW, null, now)).toBe(false);
    expect(nomineeVisible({ ...n, approved: false }, closedW, null, now)).toBe(false);
    expect(nomineeVisible({ ...n, approved: false }, closedW, staff, now)).toBe(true);
    expect(nomineeVisible({ ...n, approved: false }, closedW, me, now)).toBe(true);
  });

  it("a nomination is public only when accepted, approved and its election has no window; else staff, nominator, nominee", () => {
    const n = { accepted: true, approved: true, nominatorId: 3, nominee: { userId: 7 } };
    expect(nominationVisible(n, { ...openW, nominationsOpenAt: null }, null)).toBe(true);
    expect(nominationVisible(n, closedW, null)).toBe(false);
    expect(nominationVisible(n, closedW, me)).toBe(true);
    expect(nominationVisible(n, closedW, { ...me, userId: 3 })).toBe(true);
    expect(nominationVisible(n, closedW, { ...me, userId: 4 })).toBe(false);
    expect(nominationVisible(n, closedW, staff)).toBe(true);
  });

  it("the public nominee list holds accepted and approved nominees with an account only", async () => {
    const e = (await getElection(closed))!;
    for (const [key, accepted, approved] of [
      ["nominator", true, true],
      ["nominee", true, false],
      ["stranger", false, true],
    ] as const)
      await db.nominee.create({
        data: { electionId: e.id, userId: users[key]!.userId, accepted, approved, slug: key },
      });
    await db.nominee.create({
      data: { electionId: e.id, userId: null, accepted: true, approved: true, slug: "ghost" },
    });
    expect((await listNominees(e.id, { acceptedApproved: true })).map((n) => n.slug)).toEqual(["nominator"]);
    expect((await listNominees(e.id, { userId: users.nominee!.userId })).map((n) => n.slug)).toEqual([
      "nominee",
    ]);
  });
});

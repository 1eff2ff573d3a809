/**
 * Usernames are unique whatever their case (apps/users UserProfileForm, §2.11: "A user with that
 * username already exists."). The database holds the rule (users_user_username_lower, the init
 * migration), and the two forms that pick a name (profile edit and sign-up) answer a clash with
 * their message, also when the other account appears between their check and their write: a
 * second connection holds an uncommitted insert of the name, so the form's check cannot see it
 * and its write waits on the unique index until the insert commits.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/users/types";

// Only Next's request scope is stood in for (no request here); the database, Redis and the
// action pipeline are the real ones.
const session = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/users/session/services", () => ({ getSessionPrincipal: async () => session.principal }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 20}` }),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<Record<string, unknown>>()),
  revalidatePath: () => undefined,
}));

const { db } = await import("@/lib/platform/db");
const { updateProfileAction } = await import("@/lib/users/actions");
const { signUpAction } = await import("@/lib/users/accounts/actions");
const { USERNAME_TAKEN } = await import("@/lib/users/schema");
const { HONEYPOT_FIELD, HONEYPOT_VALUE } = await import("@/lib/actions/types");

const stamp = `${Date.now() % 1_000_000_000}`;
const PASSWORD = "a long passphrase nobody has breached";
let me: { id: number; username: string };

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries({ [HONEYPOT_FIELD]: HONEYPOT_VALUE, ...entries })) f.append(k, v);
  return f;
};
const profileForm = (username: string) =>
  form({ username, bio: "", firstName: "", lastName: "", searchVisibility: "1", emailPrivacy: "2" });
const signUpForm = (username: string, email: string) =>
  form({ username, email, password: PASSWORD, password2: PASSWORD });

const sameName = (username: string) =>
  db.user.findMany({
    where: { username: { equals: username, mode: "insensitive" } },
    select: { username: true },
  });

/**
 * Runs `write` while another connection has inserted `username` (and `email`) without committing;
 * commits once `write` waits on the unique index, and returns what `write` answered.
 */
async function racing<T>(username: string, email: string, write: () => Promise<T>): Promise<T> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query("INSERT INTO users_user (username, email) VALUES ($1, $2)", [username, email]);
    const pending = write();
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await watcher.connect();
    try {
      // The form's write is blocked by our uncommitted row: proof that its own check passed.
      for (let i = 0; ; i++) {
        const { rows } = await watcher.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%users_user%'`,
        );
        if (rows[0].n > 0) break;
        if (i > 200) throw new Error("the form's write never waited on the unique index");
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await watcher.end();
    }
    await other.query("COMMIT");
    return await pending;
  } finally {
    await other.end();
  }
}

beforeAll(async () => {
  me = await db.user.create({
    data: { username: `casefold${stamp}`, email: `casefold${stamp}@example.org`, emailVerified: new Date() },
    select: { id: true, username: true },
  });
  session.principal = {
    userId: me.id,
    username: me.username,
    isStaff: false,
    isSuperuser: false,
    permissions: [],
    via: "session",
    authAt: Date.now() / 1000,
  };
});

afterAll(async () => {
  await db.user.deleteMany({ where: { username: { contains: stamp } } });
  await db.$disconnect();
});

describe("usernames are unique whatever their case", () => {
  it("the database refuses a second account whose username differs only in case", async () => {
    await db.user.create({ data: { username: `Twin${stamp}` } });
    await expect(db.user.create({ data: { username: `tWIN${stamp}` } })).rejects.toMatchObject({
      code: "P2002",
    });
    const raw = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await raw.connect();
    try {
      await expect(
        raw.query("INSERT INTO users_user (username) VALUES ($1)", [`TWIN${stamp}`]),
      ).rejects.toMatchObject({ code: "23505", constraint: "users_user_username_lower" });
    } finally {
      await raw.end();
    }
    expect(await sameName(`twin${stamp}`)).toEqual([{ username: `Twin${stamp}` }]);
  });

  it("the profile form answers a name another account has, in another case, with python.org's message", async () => {
    const state = await updateProfileAction({}, profileForm(`TWIN${stamp}`));
    expect(state.fields?.username).toEqual([USERNAME_TAKEN]);
    expect(state.done).toBeUndefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).username).toBe(me.username);
  });

  it("the profile form gives the same message when the other account is saved between its check and its write", async () => {
    const state = await racing(`RaceProfile${stamp}`, "", () =>
      updateProfileAction({}, profileForm(`raceprofile${stamp}`)),
    );
    expect(state).toMatchObject({ fields: { username: [USERNAME_TAKEN] } });
    expect(state.error).not.toMatch(/went wrong/);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).username).toBe(me.username);
    expect(await sameName(`raceprofile${stamp}`)).toEqual([{ username: `RaceProfile${stamp}` }]);
  });

  it("sign-up gives its taken-name message for a name that differs only in case, checked or raced", async () => {
    const checked = await signUpAction({}, signUpForm(`TWIN${stamp}`, `twin-checked${stamp}@example.org`));
    expect(checked.fields?.username).toEqual(["That username is taken."]);

    const raced = await racing(`RaceSignup${stamp}`, "", () =>
      signUpAction({}, signUpForm(`racesignup${stamp}`, `race-signup${stamp}@example.org`)),
    );
    expect(raced).toMatchObject({ fields: { username: ["That username is taken."] } });
    expect(raced.done).toBeUndefined();
    expect(await sameName(`racesignup${stamp}`)).toEqual([{ username: `RaceSignup${stamp}` }]);
  });

  it("sign-up raced on the address answers as for any taken address: 'check your email', no second account", async () => {
    const email = `race-mail${stamp}@example.org`;
    const raced = await racing(`mailowner${stamp}`, email, () =>
      signUpAction({}, signUpForm(`mailrace${stamp}`, email.toUpperCase())),
    );
    expect(raced).toMatchObject({ done: "Check your email." });
    expect(await sameName(`mailrace${stamp}`)).toEqual([]);
    // The address's owner is told by mail that someone tried (AC-AUTH-2), as without a race.
    const mails = await db.emailLog.findMany({
      where: { toAddrs: { has: email } },
      select: { subject: true },
    });
    expect(mails).toEqual([{ subject: "Sign-up attempt with your email address on python.org" }]);
  });
});

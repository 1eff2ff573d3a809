import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, FORM_ERROR } from "@/lib/platform/errors";
import type { Principal } from "@/lib/users/types";

const session = vi.hoisted(() => ({ principal: null as Principal | null }));
const audits = vi.hoisted(() => [] as Record<string, unknown>[]);
const revalidated = vi.hoisted(() => [] as string[]);
const limiter = vi.hoisted(() => ({ refuse: false }));

vi.mock("@/lib/users/session/services", () => ({ getSessionPrincipal: async () => session.principal }));
vi.mock("@/lib/platform/audit", () => ({
  recordAudit: async (e: Record<string, unknown>) => void audits.push(e),
}));
vi.mock("@/lib/platform/http/request-origin", () => ({
  requestOrigin: async () => ({ ip: "192.0.2.7", userAgent: "test" }),
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-forwarded-for": "192.0.2.7", referer: "https://www.python.org/admin/things/42/" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: (p: string) => void revalidated.push(p) }));
vi.mock("next/navigation", () => ({ unstable_rethrow: () => undefined }));
vi.mock("@/lib/platform/log", () => ({ log: { error: () => undefined } }));
vi.mock("@/lib/platform/rate-limit", () => ({
  consumeRateLimit: async () => {
    if (limiter.refuse) throw new AppError("rate_limited", "Too many.");
  },
}));

const { defineAction } = await import("./index");

const staff = (authAgo = 60): Principal => ({
  userId: 5,
  username: "staff",
  isStaff: true,
  isSuperuser: false,
  permissions: [],
  via: "session",
  authAt: Date.now() / 1000 - authAgo,
});
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
};

const handler = vi.fn(async ({ input }: { input: { name: string } }) => ({ id: 42, name: input.name }));
const save = defineAction({
  name: "admin.things.save",
  gate: { allow: (p) => p.isStaff },
  denied: "You may not manage things.",
  rateLimit: { name: "api-write", by: "user" },
  schema: z.object({ name: z.string().trim().min(1, "Give it a name."), password: z.string().optional() }),
  handler,
  audit: (_ctx, row) => ({ action: "thing.saved", targetType: "thing", targetId: row.id }),
  revalidate: (_ctx, row) => [`/admin/things/${row.id}/`],
  done: (row) => ({ done: `${row.name} saved.` }),
});

beforeEach(() => {
  session.principal = staff();
  audits.length = 0;
  revalidated.length = 0;
  limiter.refuse = false;
  handler.mockClear();
});

describe("defineAction", () => {
  it("runs gate, schema, handler, audit and revalidate in order and answers the done state", async () => {
    expect(await save({}, form({ name: " Widget " }))).toEqual({ done: "Widget saved." });
    expect(handler).toHaveBeenCalledOnce();
    expect(audits).toEqual([
      {
        ip: "192.0.2.7",
        userAgent: "test",
        action: "thing.saved",
        targetType: "thing",
        targetId: 42,
        actorId: 5,
      },
    ]);
    expect(revalidated).toEqual(["/admin/things/42/"]);
  });

  it("refuses visitors, the wrong role and a stale sign-in, audited with the reason; nothing runs", async () => {
    for (const [who, reason] of [
      [null, "not-signed-in"],
      [{ ...staff(), isStaff: false }, "not-allowed"],
      [staff(13 * 3600), "stale-sign-in"],
    ] as const) {
      session.principal = who;
      expect(await save({}, form({ name: "x" }))).toEqual(
        reason === "stale-sign-in"
          ? {
              error: "You signed in more than 12 hours ago: confirm your password to continue.",
              redirectTo: "/accounts/reauthenticate/?next=%2Fadmin%2Fthings%2F42%2F",
            }
          : { error: "You may not manage things." },
      );
      expect(audits.at(-1)).toMatchObject({
        action: "authz.denied",
        detail: { screen: "admin.things.save", reason },
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("a whole-input schema error (a hidden field's) is the form's message, not a pointer to fields", async () => {
    const run = defineAction({
      name: "admin.runs.run",
      gate: { allow: (p) => p.isStaff },
      schema: z.object({ functionId: z.string() }).refine((v) => v.functionId === "known", {
        message: "That function cannot be run by hand.",
        path: [],
      }),
      handler: async () => ({ done: "Ran." }),
    });
    expect(await run({}, form({ functionId: "made-up" }))).toMatchObject({
      error: "That function cannot be run by hand.",
      fields: { [FORM_ERROR]: ["That function cannot be run by hand."] },
    });
  });

  it("never keeps the current password or a delete confirmation, whatever the field is called", async () => {
    const state = await save(
      {},
      form({ name: "  ", current: "hunter2", confirmation: "hunter3", email: "a@b.example" }),
    );
    expect(state.values).toEqual({ name: "  ", email: "a@b.example" });
  });

  it("refuses a NUL byte in any field with a form message, before the handler and the database", async () => {
    const state = await save({}, form({ name: "Wid\0get" }));
    expect(state).toEqual({
      error: "A field holds a NUL character, which cannot be saved. Remove it and send the form again.",
      fields: { name: ["Null characters are not allowed."] },
      values: { name: "Widget" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers field errors and keeps what was typed, never a password", async () => {
    const state = await save({}, form({ name: "  ", password: "hunter2" }));
    expect(state).toEqual({
      error: "Check the fields below.",
      fields: { name: ["Give it a name."] },
      values: { name: "  " },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("shows a handler's rule error (AppError) on its fields, with nothing audited", async () => {
    handler.mockRejectedValueOnce(
      new AppError("validation_failed", "Invalid.", { fields: { name: ["Taken."] } }),
    );
    expect(await save({}, form({ name: "Widget" }))).toEqual({
      error: "Check the fields below.",
      fields: { name: ["Taken."] },
      values: { name: "Widget" },
    });
    expect(audits).toEqual([]);
  });

  it("answers a rule error about the whole input (key FORM_ERROR) as the form's error", async () => {
    handler.mockRejectedValueOnce(
      new AppError("validation_failed", "Invalid.", { fields: { [FORM_ERROR]: ["One button per OS."] } }),
    );
    expect(await save({}, form({ name: "Widget" }))).toMatchObject({
      error: "One button per OS.",
      fields: { "": ["One button per OS."] },
    });
  });

  it("hides an unexpected failure behind a generic message", async () => {
    handler.mockRejectedValueOnce(new Error("connection reset"));
    expect((await save({}, form({ name: "Widget" }))).error).toMatch(/Something went wrong on our side/);
  });

  it("refuses a changed or missing honeypot (python.org §0.5), does nothing and keeps what was typed", async () => {
    const trapped = defineAction({
      name: "account.trapped",
      gate: "public",
      honeypot: true,
      schema: z.object({ name: z.string() }),
      handler,
    });
    for (const entries of <Record<string, string>[]>[
      { name: "Widget", email_body_text: "https://spam.example" },
      { name: "Widget", email_body_text: "" },
      { name: "Widget" },
    ])
      expect(await trapped({}, form(entries))).toEqual({
        error: "This form could not be accepted. Reload the page and send it again.",
        values: { name: "Widget" },
      });
    expect(handler).not.toHaveBeenCalled();
    await trapped({}, form({ name: "Widget", email_body_text: "write your message" }));
    expect(handler).toHaveBeenCalledOnce();
  });

  it("answers a rate limit before the schema runs", async () => {
    limiter.refuse = true;
    expect(await save({}, form({ name: "Widget" }))).toEqual({
      error: "Too many attempts. Wait a minute and try again.",
      values: { name: "Widget" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("tells a signed-in form's visitor their session ended, unaudited", async () => {
    session.principal = null;
    const mine = defineAction({
      name: "account.x",
      gate: "signed-in",
      schema: z.object({}),
      handler: async () => ({ done: "ok" }),
    });
    expect(await mine({}, form({}))).toEqual({ error: "Your session has ended. Sign in again." });
    expect(audits).toEqual([]);
  });
});

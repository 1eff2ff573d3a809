import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, checkRole } from "@/lib/api/auth";
import { defineOperation } from "@/lib/api/spec";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { createApiKey, revokeApiKey } from "@/lib/users/mutations";

// Header authentication of the v1 (Tastypie ApiKey) and v2 (DRF Token) styles, on real rows.
const v1 = defineOperation({
  method: "POST",
  path: "/api/v1/x/",
  summary: "t",
  tags: [],
  auth: ["apikey"],
  errors: "tastypie",
  role: "staff",
  responses: {},
});
const v2 = defineOperation({
  method: "GET",
  path: "/api/v2/x/",
  summary: "t",
  tags: [],
  auth: ["token"],
  errors: "drf",
  responses: {},
});
const req = (headers: Record<string, string> = {}, url = "https://www.python.test/api/v1/x/") =>
  new Request(url, { headers });

let staffId = 0;
let userId = 0;
let staffKey = "";
let userToken = "";

beforeAll(async () => {
  const stamp = Date.now();
  staffId = (await db.user.create({ data: { username: `keystaff${stamp}`, isStaff: true } })).id;
  userId = (await db.user.create({ data: { username: `keyuser${stamp}` } })).id;
  staffKey = await createApiKey(staffId, "v1_apikey");
  userToken = await createApiKey(userId, "v2_token");
});
afterAll(() => db.$disconnect());

const unauthorized = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: "unauthorized" });

describe("Authorization: ApiKey <username>:<key>", () => {
  it("authenticates the key's owner and stores only a hash", async () => {
    const username = (await db.user.findUniqueOrThrow({ where: { id: staffId } })).username;
    const p = await authenticate(req({ authorization: `ApiKey ${username}:${staffKey}` }), v1);
    expect(p).toMatchObject({ userId: staffId, isStaff: true, via: "apikey" });
    expect(() => checkRole(v1, p)).not.toThrow();
    const rows = await db.apiKey.findMany({ where: { userId: staffId } });
    expect(rows.every((r) => !r.keyHash.includes(staffKey))).toBe(true);
  });

  it("refuses a wrong key, a wrong username, a malformed header and an unknown scheme (401)", async () => {
    const username = (await db.user.findUniqueOrThrow({ where: { id: staffId } })).username;
    await unauthorized(authenticate(req({ authorization: `ApiKey ${username}:${"0".repeat(40)}` }), v1));
    await unauthorized(authenticate(req({ authorization: `ApiKey someone-else:${staffKey}` }), v1));
    await unauthorized(authenticate(req({ authorization: `ApiKey ${staffKey}` }), v1));
    await unauthorized(authenticate(req({ authorization: `Basic Zm9vOmJhcg==` }), v1));
  });

  it("refuses credentials in the query string even when they are right (AC-API-1)", async () => {
    await unauthorized(
      authenticate(req({}, `https://www.python.test/api/v1/x/?username=a&api_key=${staffKey}`), v1),
    );
  });

  it("refuses a revoked key and a disabled user", async () => {
    const username = (await db.user.findUniqueOrThrow({ where: { id: staffId } })).username;
    const extra = await createApiKey(staffId, "v1_apikey");
    const row = (await db.apiKey.findMany({ where: { userId: staffId }, orderBy: { id: "desc" } }))[0]!;
    expect(await revokeApiKey(staffId, row.id)).toBe(true);
    await unauthorized(authenticate(req({ authorization: `ApiKey ${username}:${extra}` }), v1));
    await db.user.update({ where: { id: staffId }, data: { isActive: false } });
    await unauthorized(authenticate(req({ authorization: `ApiKey ${username}:${staffKey}` }), v1));
    await db.user.update({ where: { id: staffId }, data: { isActive: true } });
  });
});

describe("Authorization: Token <key>", () => {
  it("authenticates, and a v1 key is not accepted as a v2 token", async () => {
    expect(await authenticate(req({ authorization: `Token ${userToken}` }), v2)).toMatchObject({
      userId,
      via: "token",
    });
    await unauthorized(authenticate(req({ authorization: `Token ${staffKey}` }), v2));
  });

  it("treats no header as anonymous, and a missing role as 401 then 403", async () => {
    expect(await authenticate(req(), v2)).toBeNull();
    const write = { ...v2, method: "POST" as const, role: "staff" as const };
    expect(() => checkRole(write, null)).toThrow(AppError);
    const p = await authenticate(req({ authorization: `Token ${userToken}` }), v2);
    expect(() => checkRole(write, p)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});

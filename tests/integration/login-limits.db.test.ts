/**
 * AC-AUTH-1 against real Redis and PostgreSQL: the guard in front of next-auth's credentials
 * callback. `run` stands for next-auth's handler (not ours to test here): it answers a success
 * with a session cookie and a failure without one, as next-auth does.
 */
import { randomInt } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { closeRedis, getRedis, whenReady } from "@/lib/platform/redis";
import { guardCredentialsSignIn } from "@/lib/users/sign-in/services";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/15", { maxRetriesPerRequest: 1 });
// The app's own connection, ready before counting (until it is, the limiter's in-memory
// insurance store counts instead, as it would for a moment after a server starts).
beforeAll(() => whenReady(getRedis()!));
afterAll(async () => {
  await redis.quit();
  await closeRedis();
  await db.$disconnect();
});

const freshIp = () => `198.18.${randomInt(0, 255)}.${randomInt(1, 254)}`;
const request = (login: string, ip: string) =>
  new Request("http://127.0.0.1/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ login, password: "whatever", csrfToken: "t", json: "true" }),
  });
let calls = 0;
const answer = (ok: boolean) => async () => {
  calls++;
  const headers = new Headers({ "content-type": "application/json" });
  if (ok) headers.append("set-cookie", "next-auth.session-token=abc; Path=/; HttpOnly");
  return new Response(JSON.stringify({ url: ok ? "/" : "/?error=CredentialsSignin" }), {
    status: 200,
    headers,
  });
};
const attempt = (login: string, ip: string, ok = false) =>
  guardCredentialsSignIn(request(login, ip), answer(ok));

describe("failed sign-in limits (AC-AUTH-1)", () => {
  it("blocks an account from one address after five failures, before next-auth runs", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await attempt("alice", ip)).status).toBe(200);
    calls = 0;
    const blocked = await attempt("alice", ip, true);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(calls).toBe(0);
  });

  it("a success clears the account's count from that address", async () => {
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await attempt("bob", ip);
    expect((await attempt("bob", ip, true)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt("bob", ip)).status).toBe(200);
    expect((await attempt("bob", ip, true)).status).toBe(200);
  });

  it("limits one address across accounts: ten failures a minute", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await attempt(`someone${i}`, ip)).status).toBe(200);
    expect((await attempt("a-new-name", ip, true)).status).toBe(429);
  });

  it("lets the account in again once its window has passed", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await attempt("carol", ip);
    expect((await attempt("carol", ip, true)).status).toBe(429);
    // Let the window end now instead of in five minutes: the same key, expired in Redis.
    const keys = await redis.keys(`rl:login-fail-id-ip:*:${ip}`);
    expect(keys).toHaveLength(1);
    await redis.pexpire(keys[0]!, 1);
    await new Promise((r) => setTimeout(r, 20));
    expect((await attempt("carol", ip, true)).status).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { containsNul, isUtf8ContentType, screenBody } from "./body";

describe("request body checks", () => {
  it("accepts UTF-8 or no charset, refuses others", () => {
    expect(isUtf8ContentType("application/json")).toBe(true);
    expect(isUtf8ContentType("application/json; charset=UTF-8")).toBe(true);
    expect(isUtf8ContentType('application/json;charset="utf8"')).toBe(true);
    expect(isUtf8ContentType("application/json; charset=utf-16")).toBe(false);
    expect(isUtf8ContentType("application/x-www-form-urlencoded; charset=latin1")).toBe(false);
  });

  it("finds a NUL in nested strings and keys", () => {
    expect(containsNul({ a: [1, { b: "ok" }] })).toBe(false);
    expect(containsNul({ a: [1, { b: "o\0k" }] })).toBe(true);
    expect(containsNul({ ["k\0"]: 1 })).toBe(true);
    expect(containsNul("x\u0000")).toBe(true);
    expect(containsNul(null)).toBe(false);
  });
});

describe("screenBody", () => {
  const post = (type: string, body: string) =>
    new Request("http://x/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": type },
      body,
    });
  it("refuses truncated JSON, NUL bytes and other charsets; leaves good bodies readable", async () => {
    expect(await screenBody(post("application/json", '{"user'))).toMatchObject({ status: 400 });
    expect(await screenBody(post("application/json", '{"login":"a\\u0000b"}'))).toMatchObject({
      status: 400,
    });
    expect(await screenBody(post("application/x-www-form-urlencoded", "login=a%00b"))).toMatchObject({
      status: 400,
    });
    expect(await screenBody(post("application/json; charset=utf-16", "{}"))).toMatchObject({ status: 415 });
    const good = post("application/x-www-form-urlencoded", "login=ann&password=x");
    expect(await screenBody(good)).toBeNull();
    expect(await good.text()).toBe("login=ann&password=x");
  });
});

import { describe, expect, it } from "vitest";
import { loginOf } from "./services";

const url = "http://127.0.0.1/api/auth/callback/credentials";
const form = (body: string) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });

describe("loginOf: the identifier the sign-in limits charge is the one next-auth signs in", () => {
  it("reads a form's login", async () => {
    expect(await loginOf(form("login=alice&password=x"))).toBe("alice");
  });

  it("takes the last of repeated login fields, as next-auth's Object.fromEntries does", async () => {
    expect(await loginOf(form("login=decoy&login=victim&password=x"))).toBe("victim");
  });

  it("reads JSON bodies, which next-auth accepts too", async () => {
    const req = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "victim", password: "x" }),
    });
    expect(await loginOf(req)).toBe("victim");
  });

  it("leaves the body readable for next-auth", async () => {
    const req = form("login=alice&password=x");
    await loginOf(req);
    expect(await req.text()).toBe("login=alice&password=x");
  });

  it("gives an empty login for bodies next-auth ignores", async () => {
    const req = new Request(url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "login=x",
    });
    expect(await loginOf(req)).toBe("");
  });
});

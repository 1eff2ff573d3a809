import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, HONEYPOT_VALUE } from "@/lib/actions/types";
import { honeypotChanged } from "./honeypot";

function post(fields: Record<string, string>, init: { headers?: Record<string, string>; multipart?: boolean } = {}) {
  const body = init.multipart
    ? Object.entries(fields).reduce((form, [k, v]) => (form.append(k, v), form), new FormData())
    : new URLSearchParams(fields);
  const request = new Request("http://site.test/accounts/signup/", { method: "POST", body, headers: init.headers });
  return request;
}

// A Request built from a string or FormData has no Content-Length header; a browser's has.
async function withLength(request: Request): Promise<Request> {
  const bytes = await request.clone().arrayBuffer();
  const headers = new Headers(request.headers);
  headers.set("content-length", String(bytes.byteLength));
  return new Request(request.url, { method: request.method, headers, body: bytes });
}

describe("honeypotChanged (django-honeypot's 400, §0.5)", () => {
  it("spots a changed field in an urlencoded or multipart form post", async () => {
    expect(await honeypotChanged(await withLength(post({ name: "x", [HONEYPOT_FIELD]: "buy now" })))).toBe(true);
    expect(
      await honeypotChanged(await withLength(post({ name: "x", [HONEYPOT_FIELD]: "" }, { multipart: true }))),
    ).toBe(true);
  });

  it("lets the untouched field through, and leaves the body readable for the page", async () => {
    const request = await withLength(post({ name: "x", [HONEYPOT_FIELD]: HONEYPOT_VALUE }, { multipart: true }));
    expect(await honeypotChanged(request)).toBe(false);
    expect((await request.formData()).get("name")).toBe("x");
  });

  it("leaves other forms, React's own submissions and unsized bodies to the page", async () => {
    // No honeypot at all: another form on the page (the action wrapper refuses a missing one).
    expect(await honeypotChanged(await withLength(post({ name: "x" })))).toBe(false);
    // Sent by the site's script: refused inside the page, keeping what was typed.
    const scripted = await withLength(post({ [HONEYPOT_FIELD]: "buy now" }, { headers: { "Next-Action": "abc" } }));
    expect(await honeypotChanged(scripted)).toBe(false);
    // No Content-Length (chunked): the proxy's copy may be cut short; not parsed here.
    expect(await honeypotChanged(post({ [HONEYPOT_FIELD]: "buy now" }))).toBe(false);
  });

  it("ignores GET, JSON bodies and a form it cannot parse", async () => {
    expect(await honeypotChanged(new Request("http://site.test/accounts/signup/"))).toBe(false);
    const json = new Request("http://site.test/x/", {
      method: "POST",
      body: JSON.stringify({ [HONEYPOT_FIELD]: "buy now" }),
      headers: { "content-type": "application/json", "content-length": "40" },
    });
    expect(await honeypotChanged(json)).toBe(false);
    const broken = new Request("http://site.test/x/", {
      method: "POST",
      body: "--nope\r\n",
      headers: { "content-type": "multipart/form-data; boundary=zzz", "content-length": "8" },
    });
    expect(await honeypotChanged(broken)).toBe(false);
  });
});

import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { createApiKeyFor } from "./support/db";

// Issue 22, Build 7: every API operation in the OpenAPI document, fuzzed with fast-check (path
// parameters, query strings, headers, bodies). Whatever arrives, the answer is 2xx/3xx/4xx, a JSON
// body when it says JSON, and it comes within the request timeout: never a 5xx, never a hang.
// Bounded in time (a run budget per test) and loopback only (the suite's own server).
//
// Writes with a staff token go only where nothing can change: PUT/PATCH/DELETE on ids that do not
// exist, and POSTs whose bodies the API must refuse (a NUL byte in every value, or no known field),
// so the seeded site other tests read is never touched.
type Op = {
  path: string;
  method: string;
  query: string[];
  pathParams: string[];
  bodyFields: string[];
};
type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

const METHODS = ["get", "post", "put", "patch", "delete"];
const TIME_BUDGET_MS = 25_000;
const REQUEST_TIMEOUT_MS = 10_000;
const MISSING_ID = "2147480000";

async function operations(request: APIRequestContext): Promise<Op[]> {
  const doc = (await (await request.get("/api/openapi.json")).json()) as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({
        path,
        method: method.toUpperCase(),
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
        bodyFields: Object.keys(op.requestBody?.content?.["application/json"]?.schema?.properties ?? {}),
      })),
  );
}

// Values a client might send: ordinary, hostile (NUL, lone surrogates, huge numbers, dates out of
// range, percent signs), and plain noise.
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "\u0000",
    "abc\u0000def",
    "%",
    "%ff",
    "%E0%A4%A",
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "10000-01-01",
    "2147483648",
    "9999999999",
    "-1",
    "1e309",
    "NaN",
    "true",
    "null",
    "[]",
    "{}",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\ud800",
    "x".repeat(5000),
  ),
);
const anyValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue(),
);

const segment = fc.oneof(
  hostileString.map((s) => encodeURIComponent(wellFormed(s))),
  fc.constantFrom("%ff", "%E0%A4%A", "%00", "9999999999", "2147483648", "0", "-5", "1", "abc"),
);

// encodeURIComponent throws on lone surrogates; a client cannot send them in a URL either.
const wellFormed = (s: string) => s.replace(/[\ud800-\udfff]/g, "");

function fillPath(op: Op, values: string[]): string {
  let i = 0;
  return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? "1");
}

function queryString(entries: [string, string][]): string {
  if (!entries.length) return "";
  const parts = entries.map(
    ([k, v]) => `${encodeURIComponent(wellFormed(k))}=${encodeURIComponent(wellFormed(v))}`,
  );
  return `?${parts.join("&")}`;
}

const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
);

const ip = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

async function check(
  request: APIRequestContext,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string | Buffer,
) {
  const target = new URL(url, "http://127.0.0.1");
  expect(["127.0.0.1", "localhost"]).toContain(target.hostname); // loopback only
  const res = await request.fetch(url, {
    method,
    headers: { "x-forwarded-for": ip(), ...headers },
    data: body,
    timeout: REQUEST_TIMEOUT_MS,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const status = res.status();
  const type = res.headers()["content-type"] ?? "";
  const text = await res.text();
  const where = `${method} ${url} -> ${status} ${text.slice(0, 200)}`;
  expect(status, where).toBeGreaterThanOrEqual(200);
  expect(status, where).toBeLessThan(500);
  if (type.includes("application/json") && text) expect(() => JSON.parse(text), where).not.toThrow();
}

const runFor = <T>(arb: fc.Arbitrary<T>, predicate: (v: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, predicate), {
    numRuns: 10_000,
    interruptAfterTimeLimit: TIME_BUDGET_MS,
    markInterruptAsFailure: false,
    endOnFailure: true,
  });

test.describe.configure({ timeout: TIME_BUDGET_MS * 2 + 30_000 });

test("anonymous: paths, query strings, headers and bodies of every operation never get a 5xx", async ({
  request,
}) => {
  const ops = await operations(request);
  expect(ops.length).toBeGreaterThan(20);
  const arb = fc.record({
    op: fc.constantFrom(...ops),
    segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
    query: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 4 }),
    known: fc.array(hostileString, { maxLength: 4 }),
    type: contentType,
    auth: fc.option(
      fc.oneof(hostileString, fc.constantFrom("Token abc", "ApiKey staff:0000", "Bearer x", "Basic Og==")),
      {
        nil: undefined,
      },
    ),
    body: fc.option(anyValue, { nil: undefined }),
  });
  await runFor(arb, async ({ op, segments, query, known, type, auth, body }) => {
    const entries: [string, string][] = [
      ...op.query.slice(0, known.length).map((k, i) => [k, known[i]!] as [string, string]),
      ...query,
    ];
    const url = `${fillPath(op, segments)}${queryString(entries)}`;
    const headers: Record<string, string> = { "content-type": type };
    if (auth !== undefined) headers.authorization = auth.replace(/[^\x20-\x7e]/g, "");
    const data =
      body === undefined || op.method === "GET" ? undefined : Buffer.from(JSON.stringify(body) ?? "");
    await check(request, op.method, url, headers, data);
  });
});

test("staff: malformed and refused bodies to every write never get a 5xx and change nothing", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const key = await createApiKeyFor("staff", "v1_apikey");
  const writes = (await operations(request)).filter((op) => op.method !== "GET");
  expect(writes.length).toBeGreaterThan(5);
  const arb = fc.record({
    op: fc.constantFrom(...writes),
    values: fc.array(hostileString, { minLength: 1, maxLength: 8 }),
    junk: fc.dictionary(fc.string({ minLength: 1 }), anyValue, { maxKeys: 5 }),
    kind: fc.constantFrom("nul", "unknown-fields", "not-json", "not-object", "charset"),
    type: contentType,
  });
  await runFor(arb, async ({ op, values, junk, kind, type }) => {
    const auth = op.path.startsWith("/api/v1/") ? `ApiKey staff:${key}` : `Token ${token}`;
    const url = fillPath(
      op,
      op.pathParams.map(() => MISSING_ID),
    );
    if (op.method === "DELETE") {
      const path = url.includes(MISSING_ID) ? url : `${url}?release=${MISSING_ID}`;
      return check(request, "DELETE", path, { authorization: auth });
    }
    // A POST must be refused; PUT/PATCH go to ids that do not exist.
    const known = op.bodyFields.length ? op.bodyFields : ["name"];
    let body: Buffer;
    let contentTypeHeader = "application/json";
    if (kind === "nul")
      body = Buffer.from(
        JSON.stringify(Object.fromEntries(known.map((f, i) => [f, `${values[i % values.length]}\u0000`]))),
      );
    else if (kind === "unknown-fields")
      body = Buffer.from(
        JSON.stringify(Object.fromEntries(Object.entries(junk).filter(([k]) => !known.includes(k)))),
      );
    else if (kind === "not-json") body = Buffer.from(`{"${values[0]}`);
    else if (kind === "not-object") body = Buffer.from(JSON.stringify(values));
    else {
      body = Buffer.from(JSON.stringify({ name: values[0] }), "utf16le");
      contentTypeHeader =
        type.includes("charset") && !type.includes("utf-8") ? type : "application/json; charset=utf-16";
    }
    if (op.method === "POST" && kind === "not-object" && known.length === 0) return;
    await check(request, op.method, url, { authorization: auth, "content-type": contentTypeHeader }, body);
  });
});

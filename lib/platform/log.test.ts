// Logs go to an in-memory stream; each test parses the JSON lines and scans the raw text, so a
// secret that slipped through any layer fails the test.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, createRequestLogger, childLogger, getRequestId, scrubSecrets, CENSOR } from "./log";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: "trace", destination });
  return {
    logger,
    raw: () => lines.join("\n"),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const SECRETS = [
  "hunter2-password",
  "tok-abc-123",
  "sess-cookie-value",
  "Bearer-eyJhbGciOi",
  "api-key-9f8e7d",
  "client-secret-xyz",
  "csrf-777",
  "db-pass-42",
];

describe("log redaction", () => {
  it("writes JSON lines with level label, time and message", () => {
    const { logger, entries } = capture();
    logger.info({ module: "downloads" }, "release published");
    const [entry] = entries();
    expect(entry).toMatchObject({
      level: "info",
      msg: "release published",
      module: "downloads",
      service: "pydotorg-next",
    });
    expect(typeof entry?.time).toBe("string");
  });

  it("never writes passwords, tokens, cookies, API keys, secrets or session ids", () => {
    const { logger, raw, entries } = capture();
    logger.info(
      {
        event: "auth.login",
        outcome: "failure",
        password: SECRETS[0],
        user: { email: "a@example.org", password: SECRETS[0], sessionToken: SECRETS[1] },
        req: {
          method: "POST",
          headers: {
            authorization: `Bearer ${SECRETS[3]}`,
            cookie: `next-auth.session-token=${SECRETS[2]}`,
            "x-api-key": SECRETS[4],
          },
        },
        res: { headers: { "set-cookie": [`sid=${SECRETS[2]}`] } },
        headers: { cookie: SECRETS[2] },
        body: { form: { data: { csrfToken: SECRETS[6], newPassword: SECRETS[0] } } },
        oauth: { client_secret: SECRETS[5], access_token: SECRETS[1], apiKey: SECRETS[4] },
        session_id: SECRETS[2],
      },
      "login failed",
    );
    const text = raw();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(password|csrfToken|sessionToken)":"(?!\[Redacted\])/);
    const entry = entries()[0] as {
      user: { email: string };
      req: { method: string; headers: Record<string, string> };
      outcome: string;
    };
    expect(entry.user.email).toBe("a@example.org");
    expect(entry.req.headers.authorization).toBe(CENSOR);
    expect(entry.req.headers.cookie).toBe(CENSOR);
    expect(entry.req.method).toBe("POST");
    expect(entry.outcome).toBe("failure");
  });

  it("scrubs URL credentials from messages, string fields and errors", () => {
    const { logger, raw, entries } = capture();
    const url = `postgresql://app:${SECRETS[7]}@db.internal:5432/pydotorg`;
    logger.warn("cannot reach %s", url);
    logger.info({ smtp: `smtps://mailer:${SECRETS[0]}@smtp.example.org:465` }, "mail configured");
    const error = Object.assign(new Error(`connect ECONNREFUSED ${url}`), { connectionString: url });
    logger.error({ err: error }, "database down");
    logger.error(
      { error: new Error(`fetch https://x.example/feed?token=${SECRETS[1]} failed`) },
      "feed failed",
    );
    const text = raw();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const [first, , third] = entries() as [{ msg: string }, unknown, { err: Record<string, string> }];
    expect(first.msg).toBe("cannot reach postgresql://app:***@db.internal:5432/pydotorg");
    expect(third.err.type).toBe("Error");
    expect(third.err.message).toBe("connect ECONNREFUSED postgresql://app:***@db.internal:5432/pydotorg");
    expect(third.err.stack).toContain("postgresql://app:***@db.internal");
    expect(third.err.connectionString).toBe("postgresql://app:***@db.internal:5432/pydotorg");
  });

  it("censors secrets nested deeper than the redact paths reach", () => {
    const { logger, raw } = capture();
    logger.info({ a: { b: { c: { d: { refreshToken: SECRETS[1] } } } }, list: [{ password: SECRETS[0] }] });
    expect(raw()).not.toContain(SECRETS[1]);
    expect(raw()).not.toContain(SECRETS[0]);
  });

  it("redacts through child loggers", () => {
    const { logger, raw } = capture();
    const child = childLogger({ module: "auth" }, logger);
    child.info({ password: SECRETS[0] }, "password changed");
    expect(raw()).not.toContain(SECRETS[0]);
    expect(raw()).toContain('"module":"auth"');
  });
});

describe("scrubSecrets", () => {
  it.each([
    ["postgresql://user:pass@host/db", "postgresql://user:***@host/db"],
    ["redis://:s3cret@cache:6379/0", "redis://:***@cache:6379/0"],
    ["https://example.org/api?username=a&api_key=k123", "https://example.org/api?username=a&api_key=***"],
    ["Authorization: Bearer abc.def.ghi", "Authorization: Bearer ***"],
    ["Authorization: ApiKey guido:0123abc", "Authorization: ApiKey guido:***"],
    ["https://www.python.org/downloads/", "https://www.python.org/downloads/"],
  ])("%s", (input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });
});

describe("request ids", () => {
  it("keeps a sane x-request-id", () => {
    expect(getRequestId(new Headers({ "x-request-id": "abc-123.DEF_4:5" }))).toBe("abc-123.DEF_4:5");
    expect(getRequestId({ "x-request-id": "from-node-headers" })).toBe("from-node-headers");
  });

  it.each(["", "has space", "line\nbreak", "<script>", "x".repeat(200)])(
    "replaces %j with a UUID",
    (value) => {
      const id = getRequestId({ "x-request-id": value });
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    },
  );

  it("binds the request id to every line of a request logger", () => {
    const { logger, entries } = capture();
    const { requestId, log } = createRequestLogger(
      new Headers({ "x-request-id": "req-42" }),
      { route: "/api/v2/downloads/release/" },
      logger,
    );
    log.info("listing releases");
    log.warn({ cookie: SECRETS[2] }, "slow query");
    expect(requestId).toBe("req-42");
    for (const entry of entries())
      expect(entry).toMatchObject({ requestId: "req-42", route: "/api/v2/downloads/release/" });
    expect(JSON.stringify(entries())).not.toContain(SECRETS[2]);
  });

  it("makes the child only when the request logs something", () => {
    const { logger, entries } = capture();
    let children = 0;
    const counting = new Proxy(logger, {
      get: (target, prop) =>
        prop === "child"
          ? (...args: Parameters<typeof logger.child>) => (children++, target.child(...args))
          : Reflect.get(target, prop),
    });
    const { log } = createRequestLogger(undefined, { route: "/x/" }, counting);
    expect(children).toBe(0);
    log.info("first");
    log.info("second");
    expect(children).toBe(1);
    expect(entries().map((e) => e.route)).toEqual(["/x/", "/x/"]);
  });

  it("generates an id when the header is absent", () => {
    const { logger, entries } = capture();
    const { requestId, log } = createRequestLogger(undefined, {}, logger);
    log.info("hello");
    expect(entries()[0]?.requestId).toBe(requestId);
    expect(requestId).toHaveLength(36);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errorStatus, fieldErrorsFromZod, fromPrismaError } from "@/lib/platform/errors";
import { renderApiError, toWireError } from "./errors";

const prismaError = (code: string, meta: object) =>
  Object.assign(new Error("prisma"), { name: "PrismaClientKnownRequestError", code, meta });

describe("AppError", () => {
  it("has one status per code", () => {
    expect(new AppError("forbidden", "no").status).toBe(403);
    expect(new AppError("rate_limited", "slow down", { retryAfter: 5 }).status).toBe(429);
    expect(errorStatus.unauthorized).toBe(401);
  });

  it("keys zod issues by dotted path", () => {
    const r = z
      .object({ files: z.array(z.object({ url: z.url() })) })
      .safeParse({ files: [{ url: "nope" }] });
    expect(fieldErrorsFromZod(r.error!)).toEqual({ "files.0.url": [expect.any(String)] });
  });
});

describe("fromPrismaError maps by class and code", () => {
  it("P2002 → conflict with the field named by the adapter's index", () => {
    const e = fromPrismaError(
      prismaError("P2002", {
        driverAdapterError: {
          cause: { constraint: { index: "downloads_os_slug_key" }, table: "downloads_os" },
        },
      }),
    ) as AppError;
    expect(e.code).toBe("conflict");
    expect(Object.keys(e.fields!)).toEqual(["slug"]);
  });

  it("a PostgreSQL data exception (NUL byte, year 0000) → bad_request, 400", () => {
    for (const code of ["22021", "22008", "22003"]) {
      const e = fromPrismaError(
        prismaError("P2010", { driverAdapterError: { cause: { kind: "postgres", originalCode: code } } }),
      ) as AppError;
      expect(e.status).toBe(400);
    }
  });

  it("an unreachable or timed-out database → unavailable, 503 with Retry-After", () => {
    const unreachable = [
      prismaError("P1001", {}),
      prismaError("P2010", { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } }),
      prismaError("P2010", { driverAdapterError: { cause: { kind: "postgres", originalCode: "57014" } } }),
      Object.assign(new Error("Query read timeout"), { name: "PrismaClientUnknownRequestError" }),
    ];
    for (const err of unreachable) {
      const e = fromPrismaError(err) as AppError;
      expect(e.status).toBe(503);
      expect(e.retryAfter).toBe(5);
    }
    const notOurs = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(fromPrismaError(notOurs)).toBe(notOurs);
  });

  it("P2025 → not_found; anything else passes through", () => {
    expect((fromPrismaError(prismaError("P2025", {})) as AppError).code).toBe("not_found");
    const other = new Error("boom");
    expect(fromPrismaError(other)).toBe(other);
  });
});

describe("renderApiError", () => {
  const invalid = new AppError("validation_failed", "The request is not valid.", {
    fields: { name: ["Required"] },
  });

  it("app format: { error: { code, message, fields } }", () => {
    expect(JSON.parse(renderApiError("app", invalid)!)).toEqual({
      error: {
        code: "validation_failed",
        message: "The request is not valid.",
        fields: { name: ["Required"] },
      },
    });
  });

  it("drf format: field map, or { detail }", () => {
    expect(JSON.parse(renderApiError("drf", invalid)!)).toEqual({ name: ["Required"] });
    expect(JSON.parse(renderApiError("drf", new AppError("not_found", "Not found."))!)).toEqual({
      detail: "Not found.",
    });
  });

  it("tastypie format: resource envelope, and empty 401/405/429 bodies", () => {
    expect(JSON.parse(renderApiError("tastypie", invalid, "downloads/release_file")!)).toEqual({
      "downloads/release_file": { name: ["Required"] },
    });
    expect(renderApiError("tastypie", new AppError("unauthorized", "x"))).toBeNull();
  });
});

describe("toWireError: domain field errors in an operation's wire names and wording", () => {
  const wire = {
    fields: { releasePageId: "release_page", gpgSignatureFile: "gpg_signature_file", "": "non_field_errors" },
    messages: { "No such release page.": "Invalid hyperlink - Object does not exist." },
  };
  const domain = new AppError("validation_failed", "Invalid.", {
    fields: { releasePageId: ["No such release page."], slug: ["taken"], "": ["One button per OS."] },
  });

  it("renames keys and rewords messages; others pass through", () => {
    const e = toWireError(domain, wire);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "validation_failed", message: "Invalid.", status: 400 });
    expect(e.fields).toEqual({
      release_page: ["Invalid hyperlink - Object does not exist."],
      slug: ["taken"],
      non_field_errors: ["One button per OS."],
    });
    expect(toWireError(domain, undefined)).toBe(domain);
    expect(toWireError(new AppError("not_found", "Not found."), wire).fields).toBeUndefined();
  });

  it("→ DRF body {field: [messages]}, byte for byte", () => {
    expect(renderApiError("drf", toWireError(domain, wire))).toBe(
      '{"release_page":["Invalid hyperlink - Object does not exist."],"slug":["taken"],"non_field_errors":["One button per OS."]}',
    );
  });

  it("→ Tastypie body {resource: {field: [messages]}}", () => {
    expect(renderApiError("tastypie", toWireError(domain, wire), "downloads/release")).toBe(
      '{"downloads/release":{"release_page":["Invalid hyperlink - Object does not exist."],"slug":["taken"],"non_field_errors":["One button per OS."]}}',
    );
  });

  it("joins two domain keys that meet on one wire key", () => {
    const e = toWireError(new AppError("validation_failed", "Invalid.", { fields: { a: ["x"], b: ["y"] } }), {
      fields: { a: "ab", b: "ab" },
    });
    expect(e.fields).toEqual({ ab: ["x", "y"] });
  });
});

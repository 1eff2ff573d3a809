/**
 * The OpenAPI 3.1 document at /api/openapi.json, generated from the same operation objects that
 * withApi enforces (lib/api/spec.ts), so the reference cannot drift from the handlers.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import type { ApiOperation, ErrorFormat } from "@/lib/api/spec";
import { cspReportOperations } from "@/lib/api/csp-report/constants";
import { downloadsOperations } from "@/lib/downloads/api/constants";
import { pagesOperations } from "@/lib/pages/api/constants";
import { sponsorsOperations } from "@/lib/sponsors/api/constants";
import { usersOperations } from "@/lib/users/api/constants";
import { v1MetaOperations } from "./api-v1-root";
import { apiV2RootOperation } from "./api-v2-root";
import { searchApiOperations } from "./search/schema";

/** Every documented operation: the two API roots, then one array per domain. */
export const apiOperations: ApiOperation[] = [
  ...Object.values(v1MetaOperations),
  apiV2RootOperation,
  ...downloadsOperations,
  ...pagesOperations,
  ...sponsorsOperations,
  ...usersOperations,
  ...searchApiOperations,
  ...cspReportOperations,
];

const errorDescriptions: Record<ErrorFormat, string> = {
  app: '`{"error": {"code", "message", "fields"}}`',
  drf: 'Django REST framework bodies: `{"detail": "..."}`, or `{"<field>": ["message"]}` for validation',
  tastypie:
    'Tastypie bodies: empty for 401/404/405/429, `{"<resource>": {"<field>": ["message"]}}` for validation',
};

function errorResponses(op: ApiOperation) {
  const d = (text: string) => ({ description: `${text}. ${errorDescriptions[op.errors ?? "app"]}` });
  return {
    ...(op.query || op.body || op.params ? { 400: d("Invalid input") } : {}),
    ...(op.auth?.length ? { 401: d("Bad credentials, or credentials required") } : {}),
    ...(op.role ? { 403: d("Authenticated without the required role") } : {}),
    ...(op.params ? { 404: d("No such object") } : {}),
    429: {
      ...d("Rate limit reached"),
      headers: { "Retry-After": { schema: { type: "integer" as const }, description: "Seconds to wait" } },
    },
  };
}

export function buildOpenApiDocument(siteUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "ApiKey", {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "Version 1 style: `Authorization: ApiKey <username>:<api key>`",
  });
  registry.registerComponent("securitySchemes", "Token", {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "Version 2 style: `Authorization: Token <token>`",
  });
  registry.registerComponent("securitySchemes", "Session", {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "The signed-in browser session (writes must be same-origin)",
  });
  for (const op of apiOperations) {
    const names = { apikey: "ApiKey", token: "Token", session: "Session" } as const;
    const security = (op.auth ?? []).map((s) => ({ [names[s]]: [] }));
    registry.registerPath({
      method: op.method.toLowerCase() as "get",
      path: op.path,
      summary: op.summary,
      tags: [...op.tags],
      ...(security.length ? { security: op.role ? security : [...security, {}] } : {}),
      request: {
        ...(op.params ? { params: op.params as z.ZodObject } : {}),
        ...(op.query ? { query: op.query as z.ZodObject } : {}),
        ...(op.body
          ? { body: { content: { "application/json": { schema: op.body } }, required: true } }
          : {}),
      },
      responses: {
        ...Object.fromEntries(
          Object.entries(op.responses).map(([status, r]) => [
            status,
            {
              description: r.description,
              ...(r.schema ? { content: { "application/json": { schema: r.schema } } } : {}),
            },
          ]),
        ),
        ...errorResponses(op),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "python.org API",
      version: "2.0.0",
      description:
        "Read and publish Python releases, files and pages. Reads are open to everyone; writes need a staff API key or token. See /api/docs for an interactive reference.",
    },
    servers: [{ url: siteUrl }],
  });
}

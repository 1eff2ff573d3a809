/**
 * GET /api/v2/: DRF DefaultRouter's API root (pydotorg/urls_api.py), each registered prefix
 * with the absolute URL of its list, in registration order.
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import { apiV2Url } from "@/lib/api/drf";
import { downloadsV2Prefixes } from "@/lib/downloads/api/constants";
import { pagesV2Prefixes } from "@/lib/pages/api/constants";

// One line per domain with v2 resources, in the router's registration order.
const PREFIXES = [
  ...pagesV2Prefixes,
  ...downloadsV2Prefixes,
];

export function apiV2Root(): Record<string, string> {
  return Object.fromEntries(PREFIXES.map((p) => [p, apiV2Url(`/api/v2/${p}/`)]));
}

export const apiV2RootSchema = z.record(z.string(), z.string()).meta({ id: "V2Root" });

export const apiV2RootOperation = defineOperation({
  tags: ["v2"],
  errors: "drf",
  auth: ["token"],
  rateLimit: { anon: "api-v2-anon", user: "api-v2-user" },
  method: "GET",
  path: "/api/v2/",
  summary: "API root: every v2 resource and its list URL",
  responses: { 200: { description: "The resources", schema: apiV2RootSchema } },
});

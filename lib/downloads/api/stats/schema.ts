/**
 * POST /api/downloads/ping/ (ours: python.org counts downloads in its CDN logs only): the query
 * the browser's <a ping> sends, and the operation withApi enforces.
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";

export const downloadPingQuerySchema = z.object({
  url: z
    .string()
    .max(200)
    .regex(/^https?:\/\/www\.python\.org\//, "Only python.org download URLs are counted."),
});

export const downloadStatsOperations = {
  ping: defineOperation({
    method: "POST",
    path: "/api/downloads/ping/",
    summary:
      "Counts one download of a release file (sent by the browser's <a ping>; rate limited per client)",
    tags: ["downloads"],
    query: downloadPingQuerySchema,
    rateLimit: { anon: "download-ping" },
    responses: { 204: { description: "Counted" } },
  }),
};

import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";

// Browsers send `application/csp-report` (report-uri) or `application/reports+json` (Reporting API).
const legacyReport = z.object({
  "csp-report": z.looseObject({
    "document-uri": z.string().optional(),
    "violated-directive": z.string().optional(),
    "effective-directive": z.string().optional(),
    "blocked-uri": z.string().optional(),
    "script-sample": z.string().optional(),
    disposition: z.string().optional(),
  }),
});
const reportingApiReport = z.array(
  z.looseObject({
    type: z.string(),
    body: z
      .looseObject({
        documentURL: z.string().optional(),
        effectiveDirective: z.string().optional(),
        blockedURL: z.string().optional(),
        sample: z.string().optional(),
        disposition: z.string().optional(),
      })
      .optional(),
  }),
);
export const cspReportBodySchema = z.union([legacyReport, reportingApiReport]);

export const securityOperations = {
  cspReport: defineOperation({
    method: "POST",
    path: "/api/csp-report/",
    summary: "Content Security Policy violation reports from browsers (rate limited per client)",
    tags: ["platform"],
    rateLimit: { anon: "csp-report" },
    responses: { 204: { description: "Report received" } },
  }),
};

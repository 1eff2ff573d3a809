import { route, withApi } from "@/lib/api";
import { AppError } from "@/lib/platform/errors";
import { cspReportBodySchema, securityOperations } from "@/lib/api/csp-report/schema";
import { isKnownNextInline, type CspViolation } from "@/lib/api/csp-report/utils";

const MAX_REPORT_BYTES = 64 * 1024;
const clip = (v: string | undefined) => (v ?? "").slice(0, 300);

// POST /api/csp-report/ — record a browser's CSP violation report in the log
const POST_ = withApi(securityOperations.cspReport, async ({ req, log }) => {
  const type = req.headers.get("content-type") ?? "";
  if (!/application\/(csp-report|reports\+json|json)/.test(type))
    throw new AppError("unsupported_media_type", "Send a CSP report (application/csp-report).");
  const text = await req.text();
  if (text.length > MAX_REPORT_BYTES) throw new AppError("payload_too_large", "The report is too large.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The report is not valid JSON.");
  }
  const report = cspReportBodySchema.parse(parsed);
  const entries: CspViolation[] = Array.isArray(report)
    ? report.map((r) => ({
        document: clip(r.body?.documentURL),
        directive: clip(r.body?.effectiveDirective),
        blocked: clip(r.body?.blockedURL),
        disposition: clip(r.body?.disposition),
        sample: clip(r.body?.sample),
      }))
    : [
        {
          document: clip(report["csp-report"]["document-uri"]),
          directive: clip(
            report["csp-report"]["effective-directive"] ?? report["csp-report"]["violated-directive"],
          ),
          blocked: clip(report["csp-report"]["blocked-uri"]),
          disposition: clip(report["csp-report"].disposition),
          sample: clip(report["csp-report"]["script-sample"]),
        },
      ];
  for (const entry of entries.slice(0, 20)) {
    // Next's own inline scripts on Report-Only pages: expected, kept out of the warnings.
    if (isKnownNextInline(entry)) log.debug({ event: "csp.violation.known", ...entry }, "known CSP report");
    else log.warn({ event: "csp.violation", ...entry }, "CSP violation reported");
  }
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ POST: POST_ });

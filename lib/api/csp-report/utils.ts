/**
 * CSP violation reports, reduced to what the log keeps, and the known noise of the Report-Only
 * policy on cached public pages: Next's own inline scripts (the RSC payload `self.__next_f...`,
 * the Turbopack chunk loader and the streaming helpers `$RC`, `$RS`, ...) always violate
 * `script-src 'self'`. The policy asks
 * for a sample of each blocked inline script (`'report-sample'`), so those are told apart from an
 * injected script, which is still logged as a warning.
 */
export type CspViolation = {
  document: string;
  directive: string;
  blocked: string;
  disposition: string;
  sample: string;
};

const NEXT_INLINE =
  /^\s*(\(?self\.__next_[a-z]|\(globalThis\[["']TURBOPACK|\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$R)/;

export function isKnownNextInline(v: CspViolation): boolean {
  return (
    v.disposition === "report" &&
    v.directive.startsWith("script-src") &&
    v.blocked === "inline" &&
    NEXT_INLINE.test(v.sample)
  );
}

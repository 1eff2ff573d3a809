import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HASHED_PAGE_CSP_REPORT_ONLY, hashedScriptCsp, THEME_SCRIPT } from "./csp.mjs";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("hashedScriptCsp", () => {
  it("lists the sha256 of every inline script exactly as sent, never 'unsafe-inline'", () => {
    const payload = 'self.__next_f.push([1,"a\\u003c/script\\u003e"])';
    const html = `<html><script>${THEME_SCRIPT}</script><script src="/_next/static/a.js" async></script><script nonce="" id="x">${payload}</script></html>`;
    const csp = hashedScriptCsp(html);
    expect(csp).toBe(
      `script-src 'self' ${sha(THEME_SCRIPT)} ${sha(payload)} 'report-sample'; report-uri /api/csp-report/`,
    );
    expect(csp).not.toContain("unsafe-inline");
  });

  it("the Report-Only policy beside it has no script-src nor its default-src fallback", () => {
    expect(HASHED_PAGE_CSP_REPORT_ONLY).not.toMatch(/script-src|default-src/);
    expect(HASHED_PAGE_CSP_REPORT_ONLY).toContain("report-uri /api/csp-report/");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/companies/utils";
import { CompanyEmail } from "./company-email";

const inner = (html: string) => html.replace(/^<span class="company-email">/, "").replace(/<\/span>$/, "");

describe("CompanyEmail", () => {
  it("renders the same markup as render_email, escaped by React", () => {
    for (const email of ["firstname.lastname@domain.com", '"escape.>me"@domain.com']) {
      const html = inner(renderToStaticMarkup(<CompanyEmail email={email} />));
      // React escapes " as &quot; and > as &gt;, like Django's escape.
      expect(html).toBe(renderEmail(email));
    }
  });

  it("renders nothing without an address", () => {
    expect(renderToStaticMarkup(<CompanyEmail email={null} />)).toBe("");
  });
});

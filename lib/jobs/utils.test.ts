import { describe, expect, it } from "vitest";
import { jobsFeedXml } from "./feed";
import { jobFormSchema } from "./schema";
import { isNewJob, jobDisplayLocation, jobDisplayName, jobLocationSlug, transitionError } from "./utils";

const DAY = 86_400_000;

describe("job display rules (apps/jobs/tests/test_models.py)", () => {
  it("display_location skips blanks, location_slug slugifies city region country, is_new is 30 days", () => {
    expect(jobDisplayLocation({ city: "Memphis", region: "TN", country: "USA" })).toBe("Memphis, TN, USA");
    expect(jobDisplayLocation({ city: "Memphis", region: "", country: "USA" })).toBe("Memphis, USA");
    expect(jobLocationSlug("Memphis", "TN", "USA")).toBe("memphis-tn-usa");
    expect(jobDisplayName({ jobTitle: "Dev", companyName: "Acme" })).toBe("Dev, Acme");
    const now = new Date("2026-12-02T12:00:00Z");
    expect(isNewJob(new Date(now.getTime() - 29 * DAY), now)).toBe(true);
    expect(isNewJob(new Date(now.getTime() - 31 * DAY), now)).toBe(false);
  });
});

describe("workflow", () => {
  it("allows the workflow's steps and names why the others are refused", () => {
    expect(transitionError("draft", "review")).toBeNull();
    expect(transitionError("review", "approve")).toBeNull();
    expect(transitionError("approved", "expire")).toBeNull();
    expect(transitionError("draft", "approve")).toBe("This job cannot be approved: it has not been submitted for review yet.");
    expect(transitionError("removed", "approve")).toBe("This job cannot be approved: it has been removed.");
    expect(transitionError("review", "expire")).toBe("This job cannot be expired: it is review.");
    expect(transitionError("approved", "approve")).toBe("This job is already approved.");
  });
});

describe("JobForm", () => {
  it("names each missing required field and refuses non-web URLs", () => {
    const r = jobFormSchema.safeParse({ url: "javascript:alert(1)", email: "nope" });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      jobTitle: "Enter the job title.",
      companyName: "Enter the company name.",
      categoryId: "Choose a category.",
      city: "Enter the city.",
      country: "Enter the country.",
      description: "Describe the job.",
      requirements: "List the job's requirements.",
      email: "Enter a valid email address.",
      url: "Enter a web address starting with https:// or http://.",
    });
  });
});

describe("the feed", () => {
  it("titles items with the display name and describes them with the place and the texts, escaped", () => {
    const xml = jobsFeedXml(
      [
        {
          id: 7,
          jobTitle: "Dev <b>",
          companyName: "Acme",
          city: "Memphis",
          region: "TN",
          country: "USA",
          created: new Date("2026-11-30T10:00:00Z"),
          descriptionRendered: "<p>Write Python.</p>",
          requirementsRendered: "<p>Tests.</p>",
        },
      ],
      "https://www.python.org/",
    );
    expect(xml).toContain("<title>Python.org Jobs Feed</title>");
    expect(xml).toContain("<title>Dev &lt;b&gt;, Acme</title>");
    expect(xml).toContain("<link>https://www.python.org/jobs/7/</link>");
    expect(xml).toContain("&lt;p&gt;Memphis, TN, USA&lt;/p&gt;&lt;p&gt;Write Python.&lt;/p&gt;");
  });
});

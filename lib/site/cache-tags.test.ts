import { describe, expect, it } from "vitest";
import { companiesTags } from "@/lib/companies/constants";
import { storyCompanyTags, successStoriesTags } from "@/lib/success-stories/constants";
import { allTags } from "./cache-tags";
import { sectionKeysFor } from "./cdn-sections.mjs";

describe("the companies' cache tags", () => {
  it("are the tags the success stories put on the pages that show a company", () => {
    expect(successStoriesTags.company(42)).toBe(companiesTags.company(42));
    expect(storyCompanyTags([{ companyId: 42 }, { companyId: null }, { companyId: 42 }])).toEqual([
      companiesTags.company(42),
    ]);
  });

  it("are registered, and purging them at the CDN reaches the success stories", () => {
    expect(allTags).toContain(companiesTags.companies);
    expect(sectionKeysFor("/success-stories/some-story/")).toContain(companiesTags.companies);
  });
});

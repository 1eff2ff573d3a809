import { describe, expect, it } from "vitest";
import { canModerateJobs } from "./permissions";

const who = (over: { isStaff?: boolean; permissions?: string[] } = {}) => ({
  isStaff: false,
  isSuperuser: false,
  permissions: [],
  ...over,
});

describe("canModerateJobs", () => {
  it("lets the job-board group moderate without being staff (pythondotorg#630), and nobody else", () => {
    expect(canModerateJobs(who({ permissions: ["jobs.moderate"] }))).toBe(true);
    expect(canModerateJobs(who({ isStaff: true }))).toBe(true);
    expect(canModerateJobs(who({ permissions: ["sponsors.manage"] }))).toBe(false);
    expect(canModerateJobs(null)).toBe(false);
  });
});

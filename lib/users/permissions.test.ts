import { describe, expect, it } from "vitest";
import {
  canAccessAdmin,
  canManageSponsors,
  canManageUsers,
  canModerateJobs,
  canPublishSponsors,
  canReadOutbox,
} from "./permissions";

const who = (over: { isStaff?: boolean; isSuperuser?: boolean; permissions?: string[] } = {}) => ({
  isStaff: false,
  isSuperuser: false,
  permissions: [],
  ...over,
});

describe("role checks", () => {
  it("a job-board admin who is not staff moderates jobs and nothing else", () => {
    const jobAdmin = who({ permissions: ["jobs.moderate"] });
    expect(canModerateJobs(jobAdmin)).toBe(true);
    expect(canAccessAdmin(jobAdmin)).toBe(true);
    expect(canManageSponsors(jobAdmin)).toBe(false);
    expect(canManageUsers(jobAdmin)).toBe(false);
    expect(canReadOutbox(jobAdmin)).toBe(false);
  });

  it("staff and superusers pass every check; anonymous and plain users pass none", () => {
    for (const strong of [who({ isStaff: true }), who({ isSuperuser: true })]) {
      expect(
        [canModerateJobs, canManageSponsors, canManageUsers, canAccessAdmin].every((f) => f(strong)),
      ).toBe(true);
    }
    for (const weak of [null, undefined, who()]) {
      expect([canModerateJobs, canManageSponsors, canManageUsers, canAccessAdmin].some((f) => f(weak))).toBe(
        false,
      );
    }
  });

  it("the sponsor publisher permission opens the placement API only", () => {
    const publisher = who({ permissions: ["sponsors.publish"] });
    expect(canPublishSponsors(publisher)).toBe(true);
    expect(canManageSponsors(publisher)).toBe(false);
  });
});

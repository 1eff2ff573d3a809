import { describe, expect, it } from "vitest";
import { canAccessAdmin, canManageUsers, canReadOutbox, has } from "./permissions";

const who = (over: { isStaff?: boolean; isSuperuser?: boolean; permissions?: string[] } = {}) => ({
  isStaff: false,
  isSuperuser: false,
  permissions: [],
  ...over,
});

describe("role checks", () => {
  it("a job-board admin who is not staff enters the admin but manages no users and reads no mail", () => {
    const jobAdmin = who({ permissions: ["jobs.moderate"] });
    expect(has(jobAdmin, "jobs.moderate")).toBe(true);
    expect(has(jobAdmin, "sponsors.manage")).toBe(false);
    expect(canAccessAdmin(jobAdmin)).toBe(true);
    expect(canManageUsers(jobAdmin)).toBe(false);
    expect(canReadOutbox(jobAdmin)).toBe(false);
  });

  it("staff and superusers pass every check; anonymous and plain users pass none", () => {
    const checks = [
      (w: Parameters<typeof has>[0]) => has(w, "jobs.moderate"),
      canManageUsers,
      canAccessAdmin,
    ];
    for (const strong of [who({ isStaff: true }), who({ isSuperuser: true })])
      expect(checks.every((f) => f(strong))).toBe(true);
    for (const weak of [null, undefined, who()]) expect(checks.some((f) => f(weak))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { Principal } from "@/lib/users/types";
import { ADMIN_SECTIONS, sectionsFor } from "./sections";

const who = (p: Partial<Principal>): Principal => ({
  userId: 1,
  username: "x",
  isStaff: false,
  isSuperuser: false,
  permissions: [],
  via: "session",
  ...p,
});
const labels = (p: Principal) => sectionsFor(p).map((s) => s.label);

describe("admin sections", () => {
  it("registers every screen once, the dashboard first", () => {
    const hrefs = ADMIN_SECTIONS.map((s) => s.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs[0]).toBe("/admin/");
    expect(hrefs).toEqual(
      expect.arrayContaining(["/admin/users/", "/admin/downloads/", "/admin/runs/", "/admin/audit/"]),
    );
  });

  it("shows each person the screens their permission allows", () => {
    expect(labels(who({ isStaff: true }))).toEqual(
      expect.arrayContaining(["Users", "Releases", "Background runs"]),
    );
    const moderator = labels(who({ permissions: ["jobs.moderate"] }));
    expect(moderator).toContain("Dashboard");
    expect(moderator).toContain("API reference");
    expect(moderator).not.toContain("Users");
    expect(moderator).not.toContain("Background runs");
    const releaseManager = labels(who({ permissions: ["downloads.manage"] }));
    expect(releaseManager).toContain("Releases");
    expect(releaseManager).not.toContain("Audit log");
  });
});

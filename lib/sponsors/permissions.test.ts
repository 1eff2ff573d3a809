import { describe, expect, it } from "vitest";
import { canManageSponsors, canPublishSponsors } from "./permissions";

const who = (permissions: string[]) => ({ isStaff: false, isSuperuser: false, permissions });

describe("sponsor permissions", () => {
  it("the sponsor publisher permission opens the placement API only", () => {
    expect(canPublishSponsors(who(["sponsors.publish"]))).toBe(true);
    expect(canManageSponsors(who(["sponsors.publish"]))).toBe(false);
  });

  it("a job-board admin manages no sponsors", () => {
    expect(canManageSponsors(who(["jobs.moderate"]))).toBe(false);
  });
});

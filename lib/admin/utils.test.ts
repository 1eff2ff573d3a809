import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "./utils";

const spec = {
  sorts: ["username", "joined"],
  defaultSort: "username",
  filters: { status: ["active", "disabled"] },
};

describe("parseListParams", () => {
  it("keeps known sorts and filter values and drops the rest", () => {
    const p = parseListParams(
      { sort: "password", dir: "sideways", status: "deleted", q: "  ada ", page: "x" },
      spec,
    );
    expect(p).toMatchObject({ sort: "username", dir: "asc", filters: {}, q: "ada", page: 1 });
    const ok = parseListParams({ sort: "joined", dir: "desc", status: "disabled", page: "3" }, spec);
    expect(ok).toMatchObject({ sort: "joined", dir: "desc", filters: { status: "disabled" }, page: 3 });
  });
});

describe("listHref", () => {
  it("changes one parameter, keeps the others and resets the page", () => {
    const p = parseListParams({ q: "ada", status: "active", page: "4" }, spec);
    expect(listHref("/admin/users/", p, { sort: "joined", dir: "desc" })).toBe(
      "/admin/users/?q=ada&status=active&sort=joined&dir=desc",
    );
    expect(listHref("/admin/users/", p, { page: 2 })).toBe(
      "/admin/users/?q=ada&status=active&sort=username&dir=asc&page=2",
    );
    expect(listHref("/admin/users/", p, { status: "" })).toBe("/admin/users/?q=ada&sort=username&dir=asc");
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { COMPANY_LIST_SPEC } from "./admin/constants";
import { listAdminCompanies } from "./admin/data";
import { createCompany, deleteCompany, updateCompany } from "./mutations";
import type { CompanyInput } from "./schema";

const stamp = `${Date.now() % 1_000_000}`;
const made: number[] = [];
const keys: string[] = [];

afterAll(async () => {
  await db.company.deleteMany({ where: { id: { in: made } } });
  for (const key of keys)
    await storage()
      .delete(key)
      .catch(() => undefined);
});

const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

const input = (over: Partial<CompanyInput> = {}): CompanyInput => ({
  name: `Fabrikam ${stamp}`,
  slug: "",
  about: "Makes <b>widgets</b><script>alert(1)</script>",
  aboutMarkupType: "html",
  contact: null,
  email: "sales@fabrikam.example",
  url: null,
  logo: null,
  removeLogo: false,
  ...over,
});

const stored = (id: number) => db.company.findUniqueOrThrow({ where: { id } });

describe("company mutations", () => {
  it("creates a company with a slug from its name, sanitized about text and a stored logo", async () => {
    const row = await createCompany(input({ logo: { bytes: png, fileName: "Fabrikam Logo.svg" } }));
    made.push(row.id);
    keys.push(row.logo!);
    expect(row.slug).toBe(`fabrikam-${stamp}`);
    expect(row.logo).toMatch(/^companies\/logos\/fabrikam-logo(-\w+)?\.png$/);
    expect((await stored(row.id)).aboutRendered).toBe("Makes <b>widgets</b>");
    const file = await storage().get(row.logo!);
    expect(file?.contentType).toBe("image/png");
    expect(file?.size).toBe(png.byteLength);
  });

  it("refuses an SVG logo as the logo field's error and stores nothing", async () => {
    const before = await db.company.count();
    await expect(
      createCompany(input({ slug: `svg-${stamp}`, logo: { bytes: svg, fileName: "logo.png" } })),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { logo: [expect.stringContaining("SVG")] },
    });
    expect(await db.company.count()).toBe(before);
  });

  it("a new logo replaces the old file; remove drops it; other saves leave it", async () => {
    const row = await createCompany(
      input({ slug: `swap-${stamp}`, logo: { bytes: png, fileName: "a.png" } }),
    );
    made.push(row.id);
    const first = row.logo!;
    const second = (
      await updateCompany(row.id, input({ slug: `swap-${stamp}`, logo: { bytes: gif, fileName: "b.gif" } }))
    ).logo!;
    keys.push(first, second);
    expect(second).toMatch(/\.gif$/);
    expect(await storage().exists(first)).toBe(false);
    expect(await storage().exists(second)).toBe(true);
    await updateCompany(row.id, input({ slug: `swap-${stamp}`, contact: "Dana" }));
    expect((await stored(row.id)).logo).toBe(second);
    await updateCompany(row.id, input({ slug: `swap-${stamp}`, removeLogo: true }));
    expect((await stored(row.id)).logo).toBeNull();
    expect(await storage().exists(second)).toBe(false);
  });

  it("a slug in use is the slug field's error, and the logo uploaded with it is removed again", async () => {
    const row = await createCompany(input({ slug: `taken-${stamp}` }));
    made.push(row.id);
    const logosBefore = await db.company.count({ where: { logo: { not: null } } });
    await expect(
      createCompany(input({ slug: `taken-${stamp}`, logo: { bytes: png, fileName: `orphan-${stamp}.png` } })),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { slug: ["A company with this slug already exists."] },
    });
    expect(await storage().exists(`companies/logos/orphan-${stamp}.png`)).toBe(false);
    expect(await db.company.count({ where: { logo: { not: null } } })).toBe(logosBefore);
  });

  it("deleting a company deletes its logo; a company that is gone is not found", async () => {
    const row = await createCompany(
      input({ slug: `gone-${stamp}`, logo: { bytes: png, fileName: "gone.png" } }),
    );
    keys.push(row.logo!);
    await deleteCompany(row.id);
    expect(await storage().exists(row.logo!)).toBe(false);
    await expect(deleteCompany(row.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateCompany(row.id, input({ slug: `gone-${stamp}` }))).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("the admin list searches by name, newest first", async () => {
    const a = await createCompany(input({ name: `Quokka ${stamp} A` }));
    const b = await createCompany(input({ name: `Quokka ${stamp} B` }));
    made.push(a.id, b.id);
    const { rows } = await listAdminCompanies(parseListParams({ q: `quokka ${stamp}` }, COMPANY_LIST_SPEC));
    expect(rows.map((r) => r.id)).toEqual([b.id, a.id]);
  });
});

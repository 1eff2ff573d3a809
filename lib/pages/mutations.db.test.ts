import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import { PAGE_LIST_SPEC } from "./admin/constants";
import { listAdminPages } from "./admin/data";
import { getPageByPath, getRawPageBody } from "./data";
import { createPage, deletePage, setPagePublished, updatePage } from "./mutations";
import { createRedirect, deleteRedirect, updateRedirect } from "./redirect/mutations";
import { resolvePageRoute } from "./redirects";
import type { PageInput } from "./schema";

const tag = () => randomBytes(4).toString("hex");
const pages: number[] = [];
const redirects: number[] = [];
const users: number[] = [];
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.page.deleteMany({ where: { id: { in: pages } } });
  await db.redirect.deleteMany({ where: { id: { in: redirects } } });
});

const input = (over: Partial<PageInput> = {}): PageInput => ({
  title: "Test page",
  path: `test/${tag()}`,
  content: "Some *emphasis* and <script>alert(1)</script>",
  contentMarkupType: "markdown",
  description: "",
  keywords: "",
  isPublished: true,
  templateName: "",
  contentType: "text/html",
  ...over,
});

describe("page mutations (apps/pages)", () => {
  it("render and sanitize on write, keep the markup type, and record who wrote", async () => {
    const name = `pages-${tag()}`;
    const user = await db.user.create({
      data: { username: name, email: `${name}@example.org`, password: "!" },
      select: { id: true },
    });
    users.push(user.id);
    const data = input({ isPublished: false });
    const { id } = await createPage(data, user.id);
    pages.push(id);
    const row = await db.page.findUniqueOrThrow({
      where: { id },
      select: { contentRendered: true, contentMarkupType: true, creatorId: true, lastModifiedById: true },
    });
    expect(row.contentRendered).toContain("<em>emphasis</em>");
    expect(row.contentRendered).not.toContain("<script");
    expect(row).toMatchObject({
      contentMarkupType: "markdown",
      creatorId: user.id,
      lastModifiedById: user.id,
    });
  });

  it("a draft is a draft to routing until published, then a page; a moved path answers at the new one only", async () => {
    const data = input({ isPublished: false });
    const { id } = await createPage(data, null);
    pages.push(id);
    expect(await resolvePageRoute(`/${data.path}/`)).toEqual({ kind: "draft" });
    await setPagePublished(id, true, null);
    // The route cache was forgotten by the write: the next lookup sees the published page.
    expect(await resolvePageRoute(`/${data.path}/`)).toEqual({ kind: "page" });
    const moved = `${data.path}-moved`;
    await updatePage(id, { ...data, path: moved, isPublished: true }, null);
    expect(await resolvePageRoute(`/${data.path}/`)).toEqual({ kind: "none" });
    expect(await resolvePageRoute(`/${moved}`)).toEqual({ kind: "page" });
    expect((await getPageByPath(`/${moved}/`))?.title).toBe("Test page");
  });

  it("a taken path is a field error on path, for create and update", async () => {
    const a = input();
    const b = input();
    pages.push((await createPage(a, null)).id);
    const { id } = await createPage(b, null);
    pages.push(id);
    await expect(createPage(a, null)).rejects.toMatchObject({
      fields: { path: ["Page with this Path already exists."] },
    });
    await expect(updatePage(id, { ...b, path: a.path }, null)).rejects.toMatchObject({
      fields: { path: ["Page with this Path already exists."] },
    });
    await expect(updatePage(2_000_000_000, b, null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("raw and non-HTML pages route as raw; the body is sanitized HTML for text/html and the source otherwise", async () => {
    const xml = input({
      contentType: "text/plain",
      content: "<feed><title>x</title></feed>",
      contentMarkupType: "plain",
    });
    const raw = input({
      templateName: "pages/raw.html",
      content: "<p>Raw <b>html</b></p><script>x</script>",
      contentMarkupType: "html",
    });
    for (const p of [xml, raw]) pages.push((await createPage(p, null)).id);
    expect(await resolvePageRoute(`/${xml.path}/`)).toEqual({ kind: "raw" });
    expect(await getRawPageBody(xml.path)).toEqual({ body: xml.content, contentType: "text/plain" });
    const body = await getRawPageBody(raw.path);
    expect(body?.body).toContain("<b>html</b>");
    expect(body?.body).not.toContain("<script");
    // An ordinary page is not raw, and a draft raw page has no raw body.
    const plain = input();
    const draft = input({ contentType: "text/plain", isPublished: false });
    for (const p of [plain, draft]) pages.push((await createPage(p, null)).id);
    expect(await getRawPageBody(plain.path)).toBeNull();
    expect(await getRawPageBody(draft.path)).toBeNull();
    expect(await resolvePageRoute(`/${draft.path}/`)).toEqual({ kind: "draft" });
  });

  it("the admin list filters by state and layout and searches title and path", async () => {
    const word = `findme${tag()}`;
    const psf = input({ title: `PSF ${word}`, templateName: "psf/default.html", isPublished: false });
    const { id } = await createPage(psf, null);
    pages.push(id);
    const list = (raw: Record<string, string>) =>
      listAdminPages(parseListParams({ q: word, ...raw }, PAGE_LIST_SPEC));
    expect((await list({})).rows.map((r) => r.id)).toEqual([id]);
    expect((await list({ published: "no", template: "psf" })).total).toBe(1);
    expect((await list({ published: "yes" })).total).toBe(0);
    expect((await list({ template: "default" })).total).toBe(0);
    await deletePage(id);
    expect((await list({})).total).toBe(0);
  });
});

describe("redirects (django.contrib.redirects)", () => {
  it("win over a page at the same path, answer with or without the slash, and an empty target is gone", async () => {
    const page = input();
    pages.push((await createPage(page, null)).id);
    const row = await createRedirect({ oldPath: `/${page.path}/`, newPath: "/about/", permanent: true });
    redirects.push(row.id);
    expect(await resolvePageRoute(`/${page.path}/`)).toEqual({
      kind: "redirect",
      to: "/about/",
      permanent: true,
    });
    expect(await resolvePageRoute(`/${page.path}`)).toEqual({
      kind: "redirect",
      to: "/about/",
      permanent: true,
    });
    await updateRedirect(row.id, { oldPath: `/${page.path}/`, newPath: "", permanent: true });
    expect(await resolvePageRoute(`/${page.path}/`)).toEqual({ kind: "gone" });
    await deleteRedirect(row.id);
    expect(await resolvePageRoute(`/${page.path}/`)).toEqual({ kind: "page" });
  });

  it("treat /x and /x/ as one old path", async () => {
    const old = `/twin-${tag()}`;
    const row = await createRedirect({ oldPath: `${old}/`, newPath: "/doc/", permanent: true });
    redirects.push(row.id);
    await expect(createRedirect({ oldPath: old, newPath: "/about/", permanent: true })).rejects.toMatchObject(
      {
        fields: { oldPath: ["There is already a redirect from this path."] },
      },
    );
    // Saving the same redirect under its own path again is not a clash with itself.
    await expect(
      updateRedirect(row.id, { oldPath: old, newPath: "/doc/", permanent: true }),
    ).resolves.toMatchObject({ oldPath: old });
  });

  it("refuse a loop and a second redirect from the same path, by field", async () => {
    const old = `/old-${tag()}/`;
    await expect(createRedirect({ oldPath: old, newPath: old, permanent: true })).rejects.toMatchObject({
      fields: { newPath: ["A redirect cannot point at its own path."] },
    });
    const row = await createRedirect({ oldPath: old, newPath: "/doc/", permanent: false });
    redirects.push(row.id);
    expect(await resolvePageRoute(old)).toEqual({ kind: "redirect", to: "/doc/", permanent: false });
    await expect(createRedirect({ oldPath: old, newPath: "/doc/", permanent: true })).rejects.toMatchObject({
      fields: { oldPath: ["There is already a redirect from this path."] },
    });
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listCodeSampleIds, listPublishedCodeSamples } from "./data";
import { createCodeSample, deleteCodeSample, updateCodeSample } from "./mutations";

const made: number[] = [];
afterAll(async () => {
  await db.codeSample.deleteMany({ where: { id: { in: made } } });
});

const sample = (copy: string, isPublished: boolean) => ({
  code: ">>> print('hi')\nhi",
  codeMarkupType: "plain" as const,
  copy,
  copyMarkupType: "html" as const,
  isPublished,
});

describe("code samples (apps/codesamples tests)", () => {
  it("published() and draft() split by is_published", async () => {
    const one = await createCodeSample(sample("<p>Copy One</p>", true), null);
    const two = await createCodeSample(sample("<p>Copy Two</p>", false), null);
    made.push(one.id, two.id);
    expect(await listCodeSampleIds("published")).toContain(one.id);
    expect(await listCodeSampleIds("published")).not.toContain(two.id);
    expect(await listCodeSampleIds("draft")).toContain(two.id);
    expect(await listCodeSampleIds("draft")).not.toContain(one.id);
  });

  it("the home page gets at most five published samples, lowest id first, rendered and sanitized", async () => {
    const rows = await listPublishedCodeSamples(5);
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
    const ids = await listCodeSampleIds("published");
    expect(rows.map((r) => r.id)).toEqual(ids.slice(0, 5));
  });

  it("renders on write (highlighted console, sanitized copy) and records the last editor", async () => {
    const user = await db.user.findFirst({ select: { id: true } });
    const row = await createCodeSample(
      sample('<p onclick="x()">Hello <script>1</script></p>', false),
      user?.id ?? null,
    );
    made.push(row.id);
    await updateCodeSample(row.id, { ...sample("<h1>Changed</h1>", false), code: ">>> 1 + 1\n2" }, null);
    const stored = await db.codeSample.findUniqueOrThrow({
      where: { id: row.id },
      select: { codeRendered: true, copyRendered: true, creatorId: true, lastModifiedById: true },
    });
    expect(stored.codeRendered).toContain('<span class="hljs-meta prompt_">&gt;&gt;&gt;</span>');
    expect(stored.copyRendered).toBe("<h1>Changed</h1>");
    expect(stored.creatorId).toBe(user?.id ?? null);
    expect(stored.lastModifiedById).toBeNull();
    await deleteCodeSample(row.id);
    expect(await db.codeSample.findUnique({ where: { id: row.id } })).toBeNull();
    await expect(updateCodeSample(row.id, sample("x", false), null)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

import type * as ChildProcess from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";

// Simulates a server without python3 (or a docutils run that was killed at its timeout): the
// subprocess is the only thing replaced; rendering, escaping and logging are the real code.
const failure = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock("node:child_process", async (importOriginal) => {
  const original = await importOriginal<typeof ChildProcess>();
  return {
    ...original,
    execFileSync: (...args: Parameters<typeof original.execFileSync>) => {
      if (failure.error) throw failure.error;
      return original.execFileSync(...args);
    },
  };
});

const { renderMarkup } = await import("./index");
const { log } = await import("@/lib/platform/log");

afterEach(() => {
  failure.error = null;
  vi.restoreAllMocks();
});

describe("reStructuredText fallback (AC-XSS-1)", () => {
  const source = 'Title\n=====\n\n<script>alert("x")</script> & `link <javascript:alert(1)>`_';

  it("stores escaped preformatted text and logs a warning when python3 is missing", () => {
    failure.error = Object.assign(new Error("spawnSync python3 ENOENT"), { code: "ENOENT" });
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const html = renderMarkup(source, "restructuredtext");
    expect(html).toBe(
      "<pre>Title\n=====\n\n&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; `link &lt;javascript:alert(1)&gt;`_</pre>",
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls[0])).toContain("ENOENT");
  });

  it("falls back the same way when docutils times out", () => {
    failure.error = Object.assign(new Error("spawnSync python3 ETIMEDOUT"), { code: "ETIMEDOUT" });
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(renderMarkup("*fine*", "restructuredtext")).toBe("<pre>*fine*</pre>");
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("renders with docutils again once it is available", () => {
    expect(renderMarkup("*fine*", "restructuredtext")).toBe("<p><em>fine</em></p>\n");
  });
});

import { describe, expect, it } from "vitest";
import { createRstBatchRenderer, renderRst } from "./rst";

describe("createRstBatchRenderer (one docutils process for many documents)", () => {
  it("renders each document as renderRst does, in order, through one process", async () => {
    const docs = [
      "Title\n=====\n\nSome *text* and ``code``.",
      ".. code-block:: python\n\n   def f():\n       return 1\n",
      "- one\n- two\n\n`a link <https://www.python.org/>`_",
      "",
    ];
    const r = createRstBatchRenderer();
    try {
      const got = await Promise.all(docs.map((d) => r.render(d)));
      expect(got).toEqual(docs.map((d) => renderRst(d)));
      const many = await Promise.all(Array.from({ length: 200 }, (_, i) => r.render(`Para ${i}`)));
      expect(many[199]).toBe("<p>Para 199</p>\n");
    } finally {
      r.close();
    }
  });

  it("keeps raw and include disabled, as python.org's docutils.conf does", async () => {
    const r = createRstBatchRenderer();
    try {
      const html = await r.render(".. raw:: html\n\n   <script>alert(1)</script>\n\n.. include:: /etc/passwd\n\nafter");
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("root:");
      expect(html).toContain("after");
    } finally {
      r.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { isKnownNextInline, type CspViolation } from "./utils";

const base: CspViolation = {
  document: "https://www.python.org/downloads/",
  directive: "script-src-elem",
  blocked: "inline",
  disposition: "report",
  sample: "",
};

describe("isKnownNextInline", () => {
  it("recognises Next's RSC payload and streaming scripts on Report-Only pages", () => {
    expect(isKnownNextInline({ ...base, sample: 'self.__next_f.push([1,"2:I[' })).toBe(true);
    expect(isKnownNextInline({ ...base, sample: "(self.__next_f=self.__next_f||[]).push([0])" })).toBe(true);
    expect(isKnownNextInline({ ...base, sample: "$RC=function(b,c,e){c=document" })).toBe(true);
    expect(isKnownNextInline({ ...base, sample: '(globalThis["TURBOPACK"] || (globalThis[' })).toBe(true);
  });

  it("keeps anything else: an injected script, an enforced block, another directive", () => {
    expect(isKnownNextInline({ ...base, sample: "alert(document.cookie)" })).toBe(false);
    expect(isKnownNextInline({ ...base, sample: "self.__next_f.push(", disposition: "enforce" })).toBe(false);
    expect(
      isKnownNextInline({ ...base, sample: "self.__next_f.push(", blocked: "https://evil.example/x.js" }),
    ).toBe(false);
    expect(isKnownNextInline({ ...base, sample: "self.__next_f.push(", directive: "style-src-elem" })).toBe(
      false,
    );
  });
});

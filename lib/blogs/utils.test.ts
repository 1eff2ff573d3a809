import { describe, expect, it } from "vitest";
import { excerpt, rewriteBlogUrl } from "./utils";

describe("excerpt", () => {
  it("keeps the visible text of the summary, tags and entities decoded", () => {
    expect(excerpt('<p>Python <b>3.14</b> is out &amp; ready.</p><script>alert(1)</script>')).toBe(
      "Python 3.14 is out & ready.",
    );
  });

  it("cuts at 50 words and says so", () => {
    const long = `<p>${Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ")}</p>`;
    const text = excerpt(long);
    expect(text.split(" ")).toHaveLength(51);
    expect(text.endsWith("w49 …")).toBe(true);
  });
});

describe("rewriteBlogUrl (pythondotorg#2685)", () => {
  it("moves pythoninsider.blogspot.com posts to https://blog.python.org", () => {
    expect(rewriteBlogUrl("http://pythoninsider.blogspot.com/2025/10/python-3140.html?m=1")).toBe(
      "https://blog.python.org/2025/10/python-3140.html?m=1",
    );
  });

  it("leaves other hosts alone", () => {
    for (const url of ["https://pyfound.blogspot.com/2025/x.html", "https://blog.python.org/a.html", "not a url"])
      expect(rewriteBlogUrl(url)).toBe(url);
  });
});

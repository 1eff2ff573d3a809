import { describe, expect, it } from "vitest";
import { bannerFormSchema } from "./schema";

const form = (over: Record<string, string> = {}) => ({
  title: " Read more ",
  message: "The election opens soon.",
  link: "/nominations/",
  ...over,
});

describe("bannerFormSchema", () => {
  it("turns the form into the domain's input: trimmed text, checkboxes as booleans, the id apart", () => {
    expect(bannerFormSchema.parse({ ...form(), id: "7", active: "on" })).toEqual({
      id: 7,
      input: {
        title: "Read more",
        message: "The election opens soon.",
        link: "/nominations/",
        active: true,
        psfPagesOnly: false,
      },
    });
  });

  it("refuses an empty button text and a link that is neither a path nor an http(s) URL, per field", () => {
    const result = bannerFormSchema.safeParse(form({ title: "", link: "javascript:alert(1)" }));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(["link", "title"]);
  });

  it("refuses protocol-relative links, which would leave the site", () => {
    expect(bannerFormSchema.safeParse(form({ link: "//evil.example/" })).success).toBe(false);
    expect(bannerFormSchema.safeParse(form({ link: "https://www.python.org/psf/" })).success).toBe(true);
  });
});

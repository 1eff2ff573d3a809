import { describe, expect, it } from "vitest";
import { companyFormSchema } from "./schema";

const form = (over: Record<string, unknown> = {}) => ({
  name: " Contoso Labs ",
  slug: "",
  about: "Builds *tools*.",
  aboutMarkupType: "markdown",
  contact: "",
  email: "",
  url: "",
  ...over,
});

describe("companyFormSchema", () => {
  it("turns empty optional fields into none and a file input with nothing chosen into no logo", () => {
    const out = companyFormSchema.parse(form({ logo: new File([], "") }));
    expect(out).toEqual({
      id: undefined,
      logo: null,
      input: {
        name: "Contoso Labs",
        slug: "",
        about: "Builds *tools*.",
        aboutMarkupType: "markdown",
        contact: null,
        email: null,
        url: null,
        removeLogo: false,
      },
    });
  });

  it("keeps a chosen file for the action and reads the remove box", () => {
    const file = new File([new Uint8Array([1, 2, 3])], "logo.png", { type: "image/png" });
    const out = companyFormSchema.parse(
      form({ id: "4", logo: file, removeLogo: "on", email: "hi@contoso.example" }),
    );
    expect(out.id).toBe(4);
    expect(out.logo).toBe(file);
    expect(out.input).toMatchObject({ removeLogo: true, email: "hi@contoso.example" });
  });

  it("refuses a missing name, a bad e-mail, a non-http URL and an unknown markup type, per field", () => {
    const result = companyFormSchema.safeParse(
      form({
        name: "",
        email: "not-an-address",
        url: "ftp://contoso.example/",
        aboutMarkupType: "markdown_unsafe",
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "aboutMarkupType",
      "email",
      "name",
      "url",
    ]);
  });
});

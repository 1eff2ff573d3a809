import type { Locator, Page } from "@playwright/test";

/** The home page and the site shell around it. */
export class HomePage {
  readonly mainNav: Locator;
  readonly latestRelease: Locator;
  readonly themeToggle: Locator;
  readonly skipLink: Locator;

  constructor(readonly page: Page) {
    this.mainNav = page.getByRole("navigation", { name: "Main" });
    this.latestRelease = page.getByTestId("latest-release");
    this.themeToggle = page.getByTestId("theme-toggle");
    this.skipLink = page.getByRole("link", { name: "Skip to content" });
  }

  async goto() {
    const response = await this.page.goto("/");
    return response;
  }

  section(name: string): Locator {
    return this.page.getByRole("region", { name });
  }

  theme(): Promise<string | null> {
    return this.page.locator("html").getAttribute("data-theme");
  }
}

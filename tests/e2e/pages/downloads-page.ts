import type { Locator, Page } from "@playwright/test";

export class DownloadsPage {
  readonly downloadButton: Locator;
  readonly standaloneInstaller: Locator;
  readonly choices: Locator;
  readonly releaseRows: Locator;
  readonly groupBySeries: Locator;
  readonly seriesHeadings: Locator;

  constructor(readonly page: Page) {
    this.downloadButton = page.getByTestId("download-button");
    this.standaloneInstaller = page.getByTestId("standalone-installer");
    this.choices = page.getByTestId("download-choices");
    this.releaseRows = page.getByTestId("release-table").locator("tbody tr:has(td)");
    this.groupBySeries = page.getByRole("checkbox", { name: "Group by series" });
    this.seriesHeadings = page.getByTestId("release-table").locator("tbody th[scope=rowgroup]");
  }

  goto() {
    return this.page.goto("/downloads/");
  }
}

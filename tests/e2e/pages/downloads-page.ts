import type { Locator, Page } from "@playwright/test";

export class DownloadsPage {
  readonly downloadButton: Locator;
  readonly choices: Locator;
  readonly releaseRows: Locator;

  constructor(readonly page: Page) {
    this.downloadButton = page.getByTestId("download-button");
    this.choices = page.getByTestId("download-choices");
    this.releaseRows = page.getByTestId("release-table").locator("tbody tr");
  }

  goto() {
    return this.page.goto("/downloads/");
  }
}

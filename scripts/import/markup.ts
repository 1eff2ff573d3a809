/**
 * Markup fields of imported rows: Django's stored `_<field>_rendered` HTML is kept, passed again
 * through our sanitizer (python.org's allowlist, never looser); a field Django never rendered is
 * rendered here, every reStructuredText document through one docutils process for the whole run.
 */
import { renderMarkup, sanitize, type MarkupType } from "../../lib/platform/markup";
import {
  createRstBatchRenderer,
  RstUnavailableError,
  type RstBatchRenderer,
} from "../../lib/platform/markup/rst";
import type { MarkupSpec } from "./types";

const TYPES = new Set<string>(["markdown", "markdown_unsafe", "restructuredtext", "html", "plain"]);

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export class MarkupStage {
  private rst: RstBatchRenderer | null = null;
  rendered = 0;
  kept = 0;
  rstFailures = 0;

  /** Fills each spec's rendered field of `data`; throws for a markup type we do not know. */
  async apply(data: Record<string, unknown>, specs: readonly MarkupSpec[]): Promise<void> {
    for (const spec of specs) {
      const type = String(data[spec.type] ?? "");
      if (!TYPES.has(type)) throw new Error(`${spec.type} "${type}" is not a markup type`);
      const source = String(data[spec.source] ?? "");
      const stored = data[spec.rendered];
      if (typeof stored === "string" && stored.trim() !== "") {
        data[spec.rendered] = sanitize(stored);
        this.kept++;
      } else if (source.trim() === "") {
        data[spec.rendered] = "";
      } else {
        data[spec.rendered] = await this.render(source, type as MarkupType);
        this.rendered++;
      }
    }
  }

  private async render(source: string, type: MarkupType): Promise<string> {
    if (type !== "restructuredtext") return renderMarkup(source, type);
    try {
      this.rst ??= createRstBatchRenderer();
      return sanitize(await this.rst.render(source));
    } catch (e) {
      if (!(e instanceof RstUnavailableError)) throw e;
      // As renderMarkup does without docutils: kept as text, never blocking the import.
      this.rstFailures++;
      return `<pre>${escapeHtml(source)}</pre>`;
    }
  }

  close() {
    this.rst?.close();
    this.rst = null;
  }
}

/**
 * reStructuredText through Python's docutils, run at write time (python.org's own renderer).
 * Settings follow pydotorg's docutils.conf: no system messages in the output, `raw` and
 * `include` disabled. Code blocks are left plain by docutils and highlighted here.
 */
import { execFileSync } from "node:child_process";
import { highlightCode, languageClass } from "./highlight";

const SCRIPT = `
import sys
from docutils.core import publish_parts
source = sys.stdin.read()
parts = publish_parts(source, writer_name="html5", settings_overrides={
    "halt_level": 5, "report_level": 5, "warning_stream": False,
    "raw_enabled": False, "file_insertion_enabled": False,
    "syntax_highlight": "none", "doctitle_xform": False, "initial_header_level": 2,
    "embed_stylesheet": False, "input_encoding": "unicode", "_disable_config": True,
})
sys.stdout.write(parts["body"])
`;

const unescapeHtml = (s: string) =>
  s.replace(
    /&(lt|gt|amp|quot|#39);/g,
    (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" })[e]!,
  );

/** docutils' `<pre class="code LANG literal-block"><code>…</code></pre>` → highlighted. */
function highlightBlocks(html: string): string {
  return html.replace(
    /<pre class="code ([\w+-]+) literal-block"><code>([\s\S]*?)<\/code><\/pre>/g,
    (_, lang: string, code: string) =>
      `<pre class="code literal-block"><code class="${languageClass(lang)}">${highlightCode(unescapeHtml(code), lang)}</code></pre>`,
  );
}

/** HTML5 sectioning and admonition elements become divs, which the sanitizer allows. */
function simplify(html: string): string {
  return html.replace(/<(\/?)(section|aside)\b/g, "<$1div");
}

export class RstUnavailableError extends Error {}

/** Renders reST to (unsanitized) HTML; throws RstUnavailableError when docutils cannot run. */
export function renderRst(source: string): string {
  let out: string;
  try {
    out = execFileSync("python3", ["-I", "-c", SCRIPT], {
      input: source,
      encoding: "utf8",
      timeout: 10_000,
      maxBuffer: 20 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (e) {
    throw new RstUnavailableError(e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  return simplify(highlightBlocks(out));
}

/**
 * reStructuredText through Python's docutils, run at write time (python.org's own renderer).
 * Settings follow pydotorg's docutils.conf: no system messages in the output (report_level and
 * halt_level 5), `raw` and `include` disabled. Code blocks are left plain by docutils
 * (syntax_highlight "none") and highlighted here with highlight.js.
 */
import { execFileSync, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { highlightCode, languageClass } from "./highlight";

// Bytes in and out so the result never depends on the server's locale. `_disable_config` keeps
// a stray docutils.conf in the working directory from switching raw/include back on.
const SCRIPT = `
import sys
from docutils.core import publish_parts
source = sys.stdin.buffer.read().decode("utf-8", "replace")
parts = publish_parts(source, writer_name="html5", settings_overrides={
    "halt_level": 5, "report_level": 5, "warning_stream": False,
    "raw_enabled": False, "file_insertion_enabled": False,
    "syntax_highlight": "none", "doctitle_xform": False, "initial_header_level": 2,
    "embed_stylesheet": False, "input_encoding": "unicode", "_disable_config": True,
})
sys.stdout.buffer.write(parts["body"].encode("utf-8"))
`;

const TIMEOUT_MS = 10_000;

const NAMED_ENTITIES: Record<string, string> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

// Only what docutils' HTML writer emits inside literal text: the five named entities, &nbsp;
// and numeric references (it writes "@" as &#64;).
const unescapeHtml = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const codePoint = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (codePoint !== undefined) return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : m;
    return NAMED_ENTITIES[name!] ?? m;
  });

/**
 * docutils' `<pre class="code LANG [extra] literal-block"><code>…</code></pre>` → highlighted.
 * With `:number-lines:` docutils splits the code into per-line `<code>` with `<small class="ln">`
 * numbers; the numbers are dropped so the code can be highlighted as one piece.
 */
function highlightBlocks(html: string): string {
  return html.replace(
    /<pre class="code ((?:[\w+-]+ )*)literal-block">([\s\S]*?)<\/pre>/g,
    (_, classes: string, inner: string) => {
      const [lang, ...extra] = classes.trim().split(/\s+/).filter(Boolean);
      const code = unescapeHtml(
        inner.replace(/<small class="ln">[^<]*<\/small>/g, "").replace(/<[^>]*>/g, ""),
      );
      const preClass = ["code", ...extra, "literal-block"].join(" ");
      return `<pre class="${preClass}"><code class="${languageClass(lang)}">${highlightCode(code, lang)}</code></pre>`;
    },
  );
}

/** HTML5 sectioning elements become divs, which the sanitizer allows; their classes stay. */
function simplify(html: string): string {
  return html.replace(/<(\/?)(section|aside|nav)\b/g, "<$1div");
}

export class RstUnavailableError extends Error {}

/**
 * Renders reST to (unsanitized) HTML.
 * @throws RstUnavailableError when python3/docutils is missing, fails or times out.
 */
export function renderRst(source: string): string {
  let out: string;
  try {
    out = execFileSync("python3", ["-I", "-c", SCRIPT], {
      input: Buffer.from(source, "utf8"),
      encoding: "utf8",
      timeout: TIMEOUT_MS,
      maxBuffer: 20 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (e) {
    throw new RstUnavailableError(e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  return simplify(highlightBlocks(out));
}

// One docutils process for many documents (the Django import renders thousands): JSON lines in,
// JSON lines out, with the same settings as SCRIPT.
const BATCH_SCRIPT = `
import sys, json
from docutils.core import publish_parts
for line in sys.stdin:
    doc = json.loads(line)
    try:
        parts = publish_parts(doc["source"], writer_name="html5", settings_overrides={
            "halt_level": 5, "report_level": 5, "warning_stream": False,
            "raw_enabled": False, "file_insertion_enabled": False,
            "syntax_highlight": "none", "doctitle_xform": False, "initial_header_level": 2,
            "embed_stylesheet": False, "input_encoding": "unicode", "_disable_config": True,
        })
        out = {"html": parts["body"]}
    except Exception as e:
        out = {"error": str(e).splitlines()[0] if str(e) else type(e).__name__}
    sys.stdout.write(json.dumps(out) + "\\n")
    sys.stdout.flush()
`;

export type RstBatchRenderer = {
  /** Renders one document (unsanitized HTML, as renderRst); rejects with RstUnavailableError. */
  render(source: string): Promise<string>;
  close(): void;
};

/** Starts one python3 process that renders documents in turn until `close()`. */
export function createRstBatchRenderer(): RstBatchRenderer {
  const child = spawn("python3", ["-I", "-c", BATCH_SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
  const waiting: { resolve: (html: string) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  child.on("error", (e) => failAll(new RstUnavailableError(e.message)));
  child.on("exit", (code) => failAll(new RstUnavailableError(`docutils exited (${code})`)));
  child.stderr.resume();
  createInterface({ input: child.stdout }).on("line", (line) => {
    const next = waiting.shift();
    if (!next) return;
    try {
      const out = JSON.parse(line) as { html?: string; error?: string };
      if (out.html === undefined) next.reject(new RstUnavailableError(out.error ?? "docutils failed"));
      else next.resolve(simplify(highlightBlocks(out.html)));
    } catch (e) {
      next.reject(new RstUnavailableError(String(e)));
    }
  });
  return {
    render(source) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(JSON.stringify({ source }) + "\n");
      });
    },
    close() {
      child.stdin.end();
    },
  };
}

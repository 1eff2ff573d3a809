/**
 * The agreement as a document (§5.6), independent of PDF or DOCX. Staff write the template in a
 * small Markdown dialect with Liquid for the renewal branches and loops. Sponsor-supplied values
 * never pass through either parser: Liquid sees only opaque tokens (private-use characters around
 * an index), the Markdown dialect is parsed from the template's own text, and each token becomes
 * a literal text run only when the blocks are built. A sponsor named `**X**`, `\newpage`,
 * `<w:p>` or `$x$` comes out exactly so; it cannot add a heading, a page break or a format.
 *
 * The dialect, line by line: `# `, `## `, `### ` headings; `1. ` numbered and `- ` bulleted
 * items (indent 4 spaces per level); `> ` an indented line (addresses, signatures); `\newpage`
 * alone on a line a page break; a blank line ends a paragraph. Inline: `**bold**`, `__underline__`.
 */
import { Liquid } from "liquidjs";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const TOKEN = /\uE000(\d+)\uE001/g;

export type Run = { text: string; bold?: boolean; underline?: boolean };
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "item"; depth: number; label: string; runs: Run[] }
  | { kind: "quote"; runs: Run[] }
  | { kind: "pagebreak" };
export type AgreementDocument = { title: string; blocks: Block[] };

const noFiles = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => "",
  readFileSync: () => "",
  resolve: (_root: string, file: string) => file,
  contains: async () => false,
  containsSync: () => false,
};

/** Liquid in a sandbox: no files, own properties only, bounded work (also the notification templates'). */
export const liquid = new Liquid({
  fs: noFiles,
  root: [],
  partials: [],
  layouts: [],
  relativeReference: false,
  dynamicPartials: false,
  ownPropertyOnly: true,
  strictFilters: true,
  renderLimit: 2_000,
  parseLimit: 200_000,
  memoryLimit: 10_000_000,
});

export type TemplateValue = string | boolean | number | null | TemplateValue[];

/** Every string in the context, however deep, becomes a token; the values are kept aside. */
function tokenize(context: Record<string, TemplateValue>) {
  const values: string[] = [];
  const walk = (v: TemplateValue): TemplateValue => {
    if (typeof v === "string") {
      values.push(v.replace(/[\r\n\t]+/g, " ").replace(/[\uE000\uE001]/g, ""));
      return `${OPEN}${values.length - 1}${CLOSE}`;
    }
    return Array.isArray(v) ? v.map(walk) : v;
  };
  const tokens = Object.fromEntries(Object.entries(context).map(([k, v]) => [k, walk(v)]));
  return { tokens, values };
}

/** One block's text into runs: the template's `**` and `__` toggle formats; tokens are literal. */
function runs(text: string, values: string[]): Run[] {
  const out: Run[] = [];
  let bold = false;
  let underline = false;
  for (const part of text.split(/(\*\*|__|\uE000\d+\uE001)/)) {
    if (part === "**") bold = !bold;
    else if (part === "__") underline = !underline;
    else if (part) {
      const value = part.replace(TOKEN, (_m, i: string) => values[Number(i)] ?? "");
      const last = out.at(-1);
      // Neighbours in one format are one run (a value is text like the words around it).
      if (!value) continue;
      if (last && Boolean(last.bold) === bold && Boolean(last.underline) === underline) last.text += value;
      else out.push({ text: value, ...(bold ? { bold } : {}), ...(underline ? { underline } : {}) });
    }
  }
  return out;
}

/** The blocks of a rendered template (see the dialect above); list items numbered per level. */
export function parseBlocks(source: string, values: string[]): Block[] {
  const blocks: Block[] = [];
  const counters: number[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: "paragraph", runs: runs(para.join(" "), values) });
    para = [];
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+$/, "");
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    const heading = /^(#{1,3}) (.*)$/.exec(text);
    const item = /^(\d+\.|-) (.*)$/.exec(text);
    if (!text) {
      flush();
      continue;
    }
    if (text === "\\newpage") {
      flush();
      counters.length = 0;
      blocks.push({ kind: "pagebreak" });
    } else if (heading) {
      flush();
      counters.length = 0;
      blocks.push({
        kind: "heading",
        level: heading[1]!.length as 1 | 2 | 3,
        runs: runs(heading[2]!, values),
      });
    } else if (item) {
      flush();
      const depth = Math.min(Math.floor(indent / 4), 3);
      counters.length = depth + 1;
      counters[depth] = (counters[depth] ?? 0) + 1;
      const n = counters[depth]!;
      const label =
        item[1] === "-" ? "•" : depth === 1 ? `(${String.fromCharCode(96 + ((n - 1) % 26) + 1)})` : `${n}.`;
      blocks.push({ kind: "item", depth, label, runs: runs(item[2]!, values) });
    } else if (text.startsWith(">")) {
      flush();
      blocks.push({ kind: "quote", runs: runs(text.replace(/^>\s?/, ""), values) });
    } else {
      if (!para.length && indent === 0) counters.length = 0;
      para.push(text);
    }
  }
  flush();
  return blocks;
}

/** Renders a stored template with the context; throws an Error when the template is invalid. */
export async function renderAgreement(
  template: string,
  context: Record<string, TemplateValue>,
  title: string,
): Promise<AgreementDocument> {
  const { tokens, values } = tokenize(context);
  const source: string = await liquid.parseAndRender(template, tokens);
  return { title, blocks: parseBlocks(source, values) };
}

/** Checks a template parses (for the template form), returning the error message or null. */
export function templateError(template: string): string | null {
  try {
    liquid.parse(template);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
}

/** The document's text, one block a line (what a reader extracting the text should find). */
export const documentText = (doc: AgreementDocument) =>
  doc.blocks
    .map((b) =>
      b.kind === "pagebreak"
        ? ""
        : (b.kind === "item" ? `${b.label} ` : "") + b.runs.map((r) => r.text).join(""),
    )
    .join("\n");

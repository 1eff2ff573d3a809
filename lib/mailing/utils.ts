/**
 * Stored mail templates are rendered with Liquid in a sandbox: no file system (include, render
 * and layout find nothing), only the context's own properties, and no way to run code. The HTML
 * part escapes every variable; the text part does not need to.
 */
import { Liquid } from "liquidjs";

const noFiles = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => "",
  readFileSync: () => "",
  resolve: (_root: string, file: string) => file,
  contains: async () => false,
  containsSync: () => false,
};

function engine(escape: boolean) {
  return new Liquid({
    fs: noFiles,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: false,
    ownPropertyOnly: true,
    strictFilters: true,
    ...(escape ? { outputEscape: "escape" as const } : {}),
    // Bound the work a template can ask for.
    renderLimit: 2_000,
    parseLimit: 100_000,
    memoryLimit: 10_000_000,
  });
}

const textEngine = engine(false);
const htmlEngine = engine(true);

export type RenderedMail = { subject: string; text: string; html: string };

/** Renders a stored template; throws a clear Error when the template itself is invalid. */
export async function renderMailTemplate(
  template: { subject: string; content: string },
  context: Record<string, unknown>,
): Promise<RenderedMail> {
  const [subject, text, body] = await Promise.all([
    textEngine.parseAndRender(template.subject, context),
    textEngine.parseAndRender(template.content, context),
    htmlEngine.parseAndRender(escapeLiterals(template.content), context),
  ]);
  const html = body
    .split(/\n{2,}/)
    .map((p: string) => `<p>${p.trim().replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
  return { subject: subject.replace(/[\r\n]+/g, " ").trim(), text, html };
}

/** Escapes the template's own literal text (outside {{ }} and {% %}) for the HTML part. */
function escapeLiterals(source: string): string {
  return source
    .split(/({{[\s\S]*?}}|{%[\s\S]*?%})/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)))
    .join("");
}

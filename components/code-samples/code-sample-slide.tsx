import { Markup } from "@/components/ui/markup";
import type { CodeSampleHtml } from "@/lib/code-samples/types";

// highlight.js token classes on the slideshow's dark background (contrast at least 4.5:1).
const TOKENS = [
  "[&_.hljs-meta]:text-secondary",
  "[&_.hljs-keyword]:text-sky-300",
  "[&_.hljs-built_in]:text-cyan-200",
  "[&_.hljs-string]:text-lime-300",
  "[&_.hljs-number]:text-orange-200",
  "[&_.hljs-comment]:text-slate-300 [&_.hljs-comment]:italic",
  "[&_.hljs-title]:text-amber-200",
  "[&_.hljs-literal]:text-orange-200",
].join(" ");

// Long lines wrap rather than scroll: a scrolling <pre> would need to be focusable (axe
// scrollable-region-focusable), and the hidden slides are inert.
/** One code sample as the home page shows it: the code beside its copy (slide-code, slide-copy). */
export function CodeSampleSlide({ sample }: { sample: Pick<CodeSampleHtml, "codeHtml" | "copyHtml"> }) {
  return (
    <div className="flex min-w-0 flex-col gap-4 p-4 sm:p-6 md:flex-row">
      <Markup
        html={sample.codeHtml}
        className={`[&_pre]:text-neutral-content min-w-0 font-mono text-sm md:w-1/2 [&_pre]:overflow-visible [&_pre]:bg-black/30 [&_pre]:[overflow-wrap:anywhere] [&_pre]:whitespace-pre-wrap ${TOKENS}`}
      />
      <Markup
        html={sample.copyHtml}
        className="[&_a]:text-secondary min-w-0 md:w-1/2 [&_h1]:text-2xl [&_h2]:text-2xl [&_h3]:text-xl"
      />
    </div>
  );
}

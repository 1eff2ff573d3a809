import type { CodeSampleHtml } from "@/lib/code-samples/types";
import { Markup } from "@/components/ui/markup";

/** The homepage code samples as a scroll-snap carousel (no script needed). */
export function CodeSamples({ samples }: { samples: CodeSampleHtml[] }) {
  if (samples.length === 0) return null;
  return (
    <section
      aria-label="Python code examples"
      className="carousel rounded-box bg-neutral text-neutral-content w-full"
    >
      {samples.map((s, i) => (
        <div
          key={s.id}
          id={`sample-${i + 1}`}
          className="carousel-item w-full min-w-0 flex-col gap-4 p-4 sm:p-6 md:flex-row"
        >
          <Markup
            html={s.codeHtml}
            className="[&_pre]:text-neutral-content min-w-0 md:w-1/2 [&_pre]:bg-black/30"
          />
          <Markup html={s.copyHtml} className="min-w-0 md:w-1/2" />
        </div>
      ))}
    </section>
  );
}

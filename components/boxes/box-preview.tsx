"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState, StatefulAction } from "@/lib/actions/types";

/**
 * The box editor's live preview, placed inside the box form: it follows the form's content and
 * markup fields and shows what saving would store, rendered and sanitized on the server (the
 * preview action), half a second after the last keystroke. Nothing is saved.
 */
export function BoxPreview({ action, initialHtml }: { action: StatefulAction; initialHtml: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState(initialHtml);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const data = new FormData();
        for (const name of ["content", "contentMarkupType"]) {
          const field = form.elements.namedItem(name) as HTMLTextAreaElement | HTMLSelectElement | null;
          data.set(name, field?.value ?? "");
        }
        startTransition(async () => {
          const state: FormState = await action({}, data);
          setError(state.error);
          if (state.data?.html !== undefined) setHtml(state.data.html);
        });
      }, 500);
    };
    const onChange = (e: Event) => {
      const name = (e.target as HTMLInputElement | null)?.name;
      if (name === "content" || name === "contentMarkupType") refresh();
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
    };
  }, [action]);

  return (
    <section ref={ref} aria-labelledby="box-preview-heading" className="space-y-2">
      <h2 id="box-preview-heading" className="text-lg font-semibold">
        Preview {pending && <span className="loading loading-spinner loading-xs" aria-label="Updating" />}
      </h2>
      {error && (
        <p role="alert" className="text-error text-sm">
          {error}
        </p>
      )}
      <div
        data-testid="box-preview"
        aria-live="polite"
        className="prose-content bg-base-100 rounded-box border-base-300 min-h-16 border p-4"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}

"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { StatefulAction } from "@/lib/actions/types";

/**
 * A live preview of a markup field inside an admin form (ModelForm's children): when the source
 * or its markup type changes, the form's values go to a preview action that renders and
 * sanitizes them exactly as a save would, and the answer is shown here. Nothing is saved.
 */
export function MarkupPreview({
  action,
  source = "content",
  type = "contentMarkupType",
  initialHtml,
  label = "Preview",
}: {
  action: StatefulAction;
  source?: string;
  type?: string;
  initialHtml: string;
  label?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState(initialHtml);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const form = box.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const refresh = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (name !== source && name !== type) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const data = new FormData();
        data.set(source, (form.elements.namedItem(source) as HTMLTextAreaElement | null)?.value ?? "");
        data.set(type, (form.elements.namedItem(type) as HTMLSelectElement | null)?.value ?? "");
        const ticket = ++latest;
        startTransition(async () => {
          const state = await action({}, data);
          if (ticket !== latest) return;
          setError(state.error ?? null);
          if (state.data?.html !== undefined) setHtml(state.data.html);
        });
      }, 400);
    };
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", refresh);
      form.removeEventListener("change", refresh);
    };
  }, [action, source, type]);
  const Preview = /^\s*<li[\s>]/i.test(html) ? "ul" : "div";
  return (
    <section ref={box} aria-label={label} className="border-base-300 rounded-box space-y-2 border p-4">
      <h2 className="flex items-center gap-2 font-semibold">
        {label}
        {pending && <span className="loading loading-spinner loading-xs" aria-label="Updating" />}
      </h2>
      {error && (
        <p role="alert" className="text-error text-sm">
          {error}
        </p>
      )}
      {/* The preview action returns HTML that went through the same sanitizer as a save. A box of
          list items (the mega-menu's supernav boxes) is shown in the list it belongs to. */}
      <Preview
        className="prose-content bg-base-100 rounded p-3"
        data-testid="markup-preview"
        aria-live="polite"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}

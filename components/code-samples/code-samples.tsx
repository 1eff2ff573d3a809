"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { CodeSampleHtml } from "@/lib/code-samples/types";
import { CodeSampleSlide } from "./code-sample-slide";

const ROTATE_MS = 6000;

const REDUCE = "(prefers-reduced-motion: reduce)";
const subscribeMotion = (onChange: () => void) => {
  const query = window.matchMedia(REDUCE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const noSubscription = () => () => {};

// On the server (and while hydrating) nothing moves: reduced motion is assumed until the browser says otherwise.
const usePrefersReducedMotion = () =>
  useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(REDUCE).matches,
    () => true,
  );
// True once hydrated: only then do the controls work, so only then are the other slides hidden.
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * The home page's "dive into Python" slideshow (templates/python/index.html #dive-into-python):
 * up to five samples, code beside copy. Without script the slides sit side by side in a
 * scroll-snap strip (each reachable by scrolling); with it, previous/next buttons, dots and the
 * arrow keys move between them, the slides not shown are inert, and it advances on its own only
 * when the visitor has not asked for reduced motion and is neither hovering nor focused inside.
 * The strip's height is the tallest slide's, so moving never shifts the page.
 */
export function CodeSamples({ samples }: { samples: CodeSampleHtml[] }) {
  const count = samples.length;
  const [index, setIndex] = useState(0);
  const mounted = useHydrated();
  // "auto" follows the motion preference; the button makes it the visitor's explicit choice.
  const [choice, setChoice] = useState<"auto" | "paused" | "playing">("auto");
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [announce, setAnnounce] = useState("");
  const reduced = usePrefersReducedMotion();
  const strip = useRef<HTMLDivElement>(null);
  const playing = mounted && count > 1 && (choice === "playing" || (choice === "auto" && !reduced));
  const rotating = playing && !hovered && !focused;

  // A swipe or a scroll by hand (as without script) makes the slide it stops on the current one.
  useEffect(() => {
    const el = strip.current;
    if (!el) return;
    const settle = () => setIndex(Math.round(el.scrollLeft / Math.max(1, el.clientWidth)));
    el.addEventListener("scrollend", settle);
    return () => el.removeEventListener("scrollend", settle);
  }, []);

  const show = useCallback(
    (next: number, byUser: boolean) => {
      const target = ((next % count) + count) % count;
      setIndex(target);
      if (byUser) setAnnounce(`Sample ${target + 1} of ${count}`);
    },
    [count],
  );

  // Scroll the strip to the current slide (instantly when motion is unwanted).
  useEffect(() => {
    const el = strip.current;
    if (!el || !mounted) return;
    el.scrollTo({ left: index * el.clientWidth, behavior: reduced ? "auto" : "smooth" });
  }, [index, mounted, reduced]);

  useEffect(() => {
    if (!rotating) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % count), ROTATE_MS);
    return () => window.clearInterval(timer);
  }, [rotating, count]);

  if (count === 0) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      show(index + (e.key === "ArrowRight" ? 1 : -1), true);
    }
  };

  return (
    <section
      aria-roledescription="carousel"
      aria-label="Python code samples"
      className="rounded-box bg-neutral text-neutral-content w-full"
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <div
        ref={strip}
        tabIndex={0}
        role="group"
        aria-label="Slides: use the arrow keys to move between them"
        className="flex snap-x snap-mandatory [scrollbar-width:none] overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {samples.map((s, i) => (
          <div
            key={s.id}
            id={`code-sample-${i + 1}`}
            role="group"
            aria-roledescription="slide"
            aria-label={`${i + 1} of ${count}`}
            aria-hidden={mounted && i !== index ? true : undefined}
            inert={mounted && i !== index ? true : undefined}
            className="w-full shrink-0 snap-start"
          >
            <CodeSampleSlide sample={s} />
          </div>
        ))}
      </div>
      <p className="sr-only" aria-live="polite" data-testid="code-samples-status">
        {announce}
      </p>
      <div className="flex flex-wrap items-center gap-2 border-t border-white/10 px-4 py-2 sm:px-6">
        {count > 1 && (
          <>
            <button
              type="button"
              className="btn btn-ghost btn-sm text-neutral-content"
              aria-label="Previous sample"
              aria-controls={samples.map((_, i) => `code-sample-${i + 1}`).join(" ")}
              onClick={() => show(index - 1, true)}
            >
              <span aria-hidden="true">‹</span>
            </button>
            <div className="flex items-center gap-1">
              {samples.map((s, i) => (
                <button
                  key={s.id}
                  type="button"
                  className={`btn btn-circle btn-xs ${i === index ? "btn-secondary" : "btn-ghost text-neutral-content border-white/40"}`}
                  aria-label={`Show sample ${i + 1} of ${count}`}
                  aria-current={i === index ? "true" : undefined}
                  aria-controls={`code-sample-${i + 1}`}
                  onClick={() => show(i, true)}
                >
                  <span aria-hidden="true">{i + 1}</span>
                </button>
              ))}
            </div>
            <button
              type="button"
              className="btn btn-ghost btn-sm text-neutral-content"
              aria-label="Next sample"
              aria-controls={samples.map((_, i) => `code-sample-${i + 1}`).join(" ")}
              onClick={() => show(index + 1, true)}
            >
              <span aria-hidden="true">›</span>
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm text-neutral-content"
              onClick={() => setChoice(playing ? "paused" : "playing")}
            >
              {playing ? "Pause slideshow" : "Play slideshow"}
            </button>
          </>
        )}
        <Link href="/shell/" className="btn btn-secondary btn-sm ms-auto font-mono">
          <span aria-hidden="true">&gt;_</span> Launch Interactive Shell
        </Link>
      </div>
    </section>
  );
}

"use client";

import { useSyncExternalStore } from "react";

type Choice = "system" | "python" | "python-dark";
const LABELS: Record<Choice, string> = {
  system: "System theme",
  python: "Light theme",
  "python-dark": "Dark theme",
};
const NEXT: Record<Choice, Choice> = { system: "python", python: "python-dark", "python-dark": "system" };

const CHANGED = "theme-change";

function readChoice(): Choice {
  const stored = window.localStorage.getItem("theme");
  return stored === "python" || stored === "python-dark" ? stored : "system";
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** Cycles system → light → dark; the choice persists in localStorage (read before paint by THEME_SCRIPT, lib/platform/cdn/csp.mjs). */
export function ThemeToggle() {
  const choice = useSyncExternalStore<Choice>(subscribe, readChoice, () => "system");

  function cycle() {
    const next = NEXT[choice];
    if (next === "system") {
      window.localStorage.removeItem("theme");
      document.documentElement.removeAttribute("data-theme");
    } else {
      window.localStorage.setItem("theme", next);
      document.documentElement.setAttribute("data-theme", next);
    }
    window.dispatchEvent(new Event(CHANGED));
  }

  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm text-neutral-content"
      onClick={cycle}
      aria-label={`${LABELS[choice]} (change theme)`}
      title={LABELS[choice]}
      data-testid="theme-toggle"
      data-theme-choice={choice}
    >
      <span aria-hidden="true">{choice === "system" ? "◐" : choice === "python" ? "☀" : "☾"}</span>
    </button>
  );
}

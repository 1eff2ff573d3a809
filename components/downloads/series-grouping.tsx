"use client";

import { useEffect, useState, type ReactNode } from "react";

const HASH = "#by-series";
/** #by-series, or a jump to one series (#series-3-13), means the grouped view. */
const wantsGrouping = (hash: string) => hash === HASH || hash.startsWith("#series-");

/**
 * The "Group by series" switch of the release list. The list itself is rendered on the server
 * with a heading row per series that stays hidden until this wrapper says data-grouped="true";
 * the choice lives in the URL (#by-series, or #series-3-13 for one series), so a grouped view can be
 * shared and is kept on reload.
 */
export function SeriesGrouping({ children, nav }: { children: ReactNode; nav: ReactNode }) {
  const [grouped, setGrouped] = useState(false);
  useEffect(() => {
    const sync = () => {
      const { hash } = window.location;
      // Back from #by-series to the plain URL ungroups again.
      setGrouped(wantsGrouping(hash));
      if (!wantsGrouping(hash)) return;
      // The heading was hidden when the browser tried to scroll to it: scroll once it shows.
      if (hash !== HASH)
        requestAnimationFrame(() => document.getElementById(hash.slice(1))?.scrollIntoView());
    };
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);
  const toggle = (on: boolean) => {
    setGrouped(on);
    const { pathname, search } = window.location;
    window.history.replaceState(null, "", on ? `${pathname}${search}${HASH}` : `${pathname}${search}`);
  };
  return (
    <div className="group space-y-3" data-grouped={grouped ? "true" : "false"} data-testid="release-list">
      <label className="label cursor-pointer gap-2">
        <input
          type="checkbox"
          className="toggle toggle-sm"
          checked={grouped}
          onChange={(e) => toggle(e.target.checked)}
        />
        <span>Group by series</span>
      </label>
      {grouped ? nav : null}
      {children}
    </div>
  );
}

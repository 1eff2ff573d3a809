import type { FlagRule } from "./types";

type Viewer = { isStaff: boolean; isSuperuser: boolean } | null | undefined;

/**
 * waffle's flag_is_active, without its cookie and percentage modes: `everyone` decides when set
 * (true on, false off); otherwise the flag is on only for superusers and/or staff as ticked.
 * A missing flag is off (WAFFLE_FLAG_DEFAULT False). Cached public pages ask for an anonymous
 * viewer, so there only `everyone` counts.
 */
export function isFlagActive(flag: FlagRule | null, viewer: Viewer = null): boolean {
  if (!flag) return false;
  if (flag.everyone !== null) return flag.everyone;
  if (!viewer) return false;
  return (flag.superusers && viewer.isSuperuser) || (flag.staff && viewer.isStaff);
}

import * as rruleModule from "rrule";
import type { Frequency } from "rrule";

// rrule ships a UMD bundle: bundlers see its named exports, Node's ESM loader (tsx scripts such
// as the seed and the search reindex) only a default export holding them.
const { RRule } =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

// apps/events/models.py RecurringRule.frequency stores dateutil constants: 0 yearly .. 3 daily.
const FREQUENCIES: Record<number, Frequency> = {
  0: RRule.YEARLY,
  1: RRule.MONTHLY,
  2: RRule.WEEKLY,
  3: RRule.DAILY,
};

export type RecurrenceInput = { begin: Date; finish: Date; frequency: number; interval: number };

/** The first occurrence of a recurring rule strictly after `after`, or null when none remains. */
export function nextOccurrence(rule: RecurrenceInput, after: Date): Date | null {
  const freq = FREQUENCIES[rule.frequency];
  if (freq === undefined) return null;
  const rrule = new RRule({
    freq,
    interval: Math.max(1, rule.interval),
    dtstart: rule.begin,
    until: rule.finish,
  });
  return rrule.after(after, false);
}

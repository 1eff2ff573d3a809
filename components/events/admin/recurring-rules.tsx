import { InlineRows } from "@/components/admin/inline-rows";
import { RowAction } from "@/components/admin/row-action";
import { deleteRecurringRuleAction } from "@/lib/events/admin/actions";
import { recurrenceText } from "@/lib/events/utils";

type Rule = { id: number; begin: Date; finish: Date; frequency: number; interval: number; duration: string; allDay: boolean; rrule: string | null };

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** An event's recurring rules under its form (EventAdmin's RecurringRuleInline): each can be deleted. */
export function RecurringRules({ eventId, rules }: { eventId: number; rules: Rule[] }) {
  return (
    <InlineRows
      label="Recurring rules"
      empty="No recurring rules."
      rows={rules}
      rowId={(r) => r.id}
      columns={[
        { key: "repeats", label: "Repeats", render: (r) => recurrenceText(r) },
        { key: "begin", label: "First start", render: (r) => utc(r.begin) },
        { key: "finish", label: "Until", render: (r) => utc(r.finish) },
        { key: "duration", label: "Duration", render: (r) => (r.allDay ? "all day" : r.duration) },
        { key: "rrule", label: "Imported RRULE", render: (r) => r.rrule ?? "", className: "font-mono text-xs break-all" },
      ]}
      actions={(r) => (
        <RowAction
          action={deleteRecurringRuleAction}
          hidden={{ ruleId: r.id, eventId }}
          label="Delete"
          confirm={`Delete the rule "${recurrenceText(r)} from ${utc(r.begin)}"?`}
          className="btn btn-xs btn-error"
        />
      )}
    />
  );
}

import { ConfirmSubmit } from "./confirm-submit";

/**
 * One button acting on one row through a plain-form server action (asFormAction): the row's
 * ids go as hidden inputs, the operation as the button's name/value. With `confirm` the button
 * asks first in a dialog (destructive operations). The action authorizes again on the server.
 */
export function RowAction({
  action,
  hidden,
  label,
  confirm,
  op,
  className = "btn btn-xs",
  srLabel,
}: {
  action: (form: FormData) => Promise<void>;
  hidden: Record<string, string | number>;
  label: string;
  confirm?: string;
  /** The `op` value sent with the button, when one action serves several operations. */
  op?: string;
  className?: string;
  /** Extra words for screen readers (which row this is). */
  srLabel?: string;
}) {
  return (
    <form action={action} className="inline">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmSubmit label={label} question={confirm} name={op && "op"} value={op} className={className} />
      ) : (
        <button className={className} name={op && "op"} value={op}>
          {label}
          {srLabel && <span className="sr-only"> {srLabel}</span>}
        </button>
      )}
    </form>
  );
}

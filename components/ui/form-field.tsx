/** A labelled input with its field error (linked by aria-describedby). */
export function FormField({
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  autoComplete,
  hint,
  id = `field-${name}`,
}: {
  /** The input's id (default `field-<name>`); set it when a page holds several forms with one name. */
  id?: string;
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  autoComplete?: string;
  hint?: string;
}) {
  const describedBy = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="block">
      <label htmlFor={id} className="label-text block">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`input input-bordered w-full ${errors?.length ? "input-error" : ""}`}
      />
      {hint && (
        <span id={`${id}-hint`} className="text-base-content/70 block text-sm">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${id}-error`} className="text-error block text-sm">
          {errors[0]}
        </span>
      ) : null}
    </div>
  );
}

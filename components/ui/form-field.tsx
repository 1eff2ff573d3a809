/** A labelled input with its field error (linked by aria-describedby). */
export function FormField({
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  autoComplete,
  hint,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  autoComplete?: string;
  hint?: string;
}) {
  const describedBy = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="block">
      <label htmlFor={`field-${name}`} className="label-text block">
        {label}
      </label>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`input input-bordered w-full ${errors?.length ? "input-error" : ""}`}
      />
      {hint && (
        <span id={`${name}-hint`} className="text-base-content/70 block text-sm">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${name}-error`} className="text-error block text-sm">
          {errors[0]}
        </span>
      ) : null}
    </div>
  );
}

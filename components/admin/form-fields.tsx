import { FormField } from "@/components/ui/form-field";
import type { FieldKind, FieldSpec, FieldValue } from "@/lib/admin/types";

const INPUT_TYPE: Partial<Record<FieldKind, string>> = {
  date: "date",
  datetime: "datetime-local",
  number: "number",
  url: "url",
};

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  if (errors.length === 1)
    return (
      <span id={id} className="text-error block text-sm">
        {errors[0]}
      </span>
    );
  return (
    <ul id={id} className="text-error list-disc pl-6 text-sm">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/**
 * One admin field: label, control, help and errors (linked by aria-describedby). `value` is what
 * the person typed last (kept after a refusal) or the stored value; a checkbox is on for "on" or
 * true; checkboxes take the checked values. `idPrefix` keeps ids unique when a page holds several
 * forms (a row of inline forms).
 */
export function AdminField({
  field,
  value,
  errors,
  idPrefix = "field",
}: {
  field: FieldSpec;
  value: FieldValue;
  errors?: string[];
  idPrefix?: string;
}) {
  const { name, label, kind = "text", help } = field;
  const id = `${idPrefix}-${name}`;
  const invalid = errors?.length ? true : undefined;
  const describedBy = [invalid && `${id}-error`, help && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  const text =
    value === null || value === undefined || typeof value === "boolean" || Array.isArray(value)
      ? ""
      : String(value);
  const below = (
    <>
      {help && (
        <span id={`${id}-hint`} className="text-base-content/70 block text-sm">
          {help}
        </span>
      )}
      <Errors id={`${id}-error`} errors={errors} />
    </>
  );
  if (kind === "checkbox")
    return (
      <div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name={name}
            defaultChecked={value === true || value === "on"}
            aria-describedby={describedBy}
            className="checkbox checkbox-sm"
          />
          {label}
        </label>
        {below}
      </div>
    );
  if (kind === "checkboxes") {
    const checked = new Set(Array.isArray(value) ? value.map(String) : []);
    return (
      <fieldset className="space-y-1" aria-describedby={describedBy}>
        <legend className="font-semibold">{label}</legend>
        {field.options?.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.has(o.value)}
              className="checkbox checkbox-sm"
            />
            {o.label}
          </label>
        ))}
        {below}
      </fieldset>
    );
  }
  // A file is never kept after a refusal (browsers cannot be given one back): chosen again.
  if (kind === "file")
    return (
      <div className="block">
        <label htmlFor={id} className="label-text block">
          {label}
        </label>
        <input
          id={id}
          type="file"
          name={name}
          accept={field.accept}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={`file-input file-input-bordered w-full ${invalid ? "file-input-error" : ""}`}
        />
        {below}
      </div>
    );
  if (kind === "select" || kind === "textarea")
    return (
      <div className="block">
        <label htmlFor={id} className="label-text block">
          {label}
        </label>
        {kind === "select" ? (
          // React applies a select's defaultValue only when it mounts: a new key per answer.
          <select
            key={`${id}-${text}`}
            id={id}
            name={name}
            defaultValue={text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className="select select-bordered w-full"
          >
            {field.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <textarea
            id={id}
            name={name}
            rows={field.rows ?? 4}
            defaultValue={text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={`textarea textarea-bordered w-full ${field.mono ? "font-mono text-sm" : ""} ${invalid ? "textarea-error" : ""}`}
          />
        )}
        {below}
      </div>
    );
  return (
    <FormField
      id={id}
      name={name}
      label={label}
      type={INPUT_TYPE[kind] ?? "text"}
      defaultValue={text}
      errors={errors}
      hint={help}
    />
  );
}

/** A form's overall error (announced to screen readers), shown above its fields. */
export function FormAlert({ text }: { text?: string }) {
  return text ? (
    <p role="alert" className="text-error">
      {text}
    </p>
  ) : null;
}

/**
 * One box in its place ({% box 'label' %}): the HTML the markup pipeline sanitized when the box
 * was saved, or nothing at all when the box is missing or empty (the loader has logged it).
 * `data-box` names the label, so tests and editors can find a box on the page.
 */
export function Box({
  html,
  label,
  className = "",
}: {
  html: string | undefined;
  label: string;
  className?: string;
}) {
  if (!html) return null;
  return (
    <div
      data-box={label}
      className={`prose-content ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

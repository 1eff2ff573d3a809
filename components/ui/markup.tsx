/**
 * Renders HTML that the markup pipeline sanitized when it was written (DESIGN.md: render on
 * write, store beside the source). Never pass unsanitized input here.
 */
export function Markup({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose-content ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

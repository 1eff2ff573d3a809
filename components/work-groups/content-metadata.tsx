import { DateTime } from "@/components/ui/date-time";

/**
 * ContentManageableAdmin's read-only "CMS metadata" fieldset: who made the record and when, who
 * changed it last and when (times in UTC, as the admin shows everywhere).
 */
export function ContentMetadata({
  created,
  updated,
  creator,
  lastModifiedBy,
}: {
  created: Date;
  updated: Date;
  creator?: string;
  lastModifiedBy?: string;
}) {
  return (
    <section aria-labelledby="cms-metadata" className="max-w-2xl">
      <h2 id="cms-metadata" className="text-lg font-semibold">
        Record history
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>Created</dt>
        <dd>
          <DateTime value={created} withTime /> by {creator ?? "nobody recorded"}
        </dd>
        <dt>Last changed</dt>
        <dd>
          <DateTime value={updated} withTime /> by {lastModifiedBy ?? "nobody recorded"}
        </dd>
      </dl>
    </section>
  );
}

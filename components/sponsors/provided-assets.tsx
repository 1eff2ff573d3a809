import type { AssetLine } from "@/lib/sponsors/dashboard/utils";

/** Provided assets (§5.8): each label with its text, or its file to download, or that it is not there yet. */
export function ProvidedAssets({ lines }: { lines: (AssetLine & { url: string })[] }) {
  if (lines.length === 0) return <p>None.</p>;
  return (
    <dl className="space-y-3">
      {lines.map((a) => (
        <div key={a.internalName}>
          <dt className="font-semibold">{a.label}</dt>
          {a.help && <dd className="text-base-content/70 text-sm">{a.help}</dd>}
          <dd className="break-words whitespace-pre-line">
            {a.url ? (
              <a className="link" href={a.url} download>
                Download {a.label}
              </a>
            ) : (
              a.value || a.status
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

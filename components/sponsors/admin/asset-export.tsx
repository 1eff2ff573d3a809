type Asset = { id: number; internalName: string };

/** GenericAsset admin "Export selected" (§5.9) for this sponsorship's assets: a ZIP, a directory per sponsor. */
export function AssetExport({ assets }: { assets: Asset[] }) {
  if (!assets.length) return null;
  return (
    <form
      action="/admin/sponsors/assets/export/"
      method="get"
      aria-label="Export assets"
      className="space-y-2"
    >
      <fieldset>
        <legend className="font-semibold">Export assets</legend>
        {assets.map((a) => (
          <label key={a.id} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name="ids" value={a.id} defaultChecked className="checkbox checkbox-sm" />
            <span>{a.internalName}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-sm">
        Export selected as ZIP
      </button>
    </form>
  );
}

import Link from "next/link";
import { InlineRows } from "@/components/admin/inline-rows";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import type { StatefulAction } from "@/lib/actions/types";
import { FEATURE_KIND_LABELS, featureFields } from "@/lib/sponsors/admin/catalog/constants";
import { FEATURE_KINDS, type FeatureKind } from "@/lib/sponsors/catalog/schema";

type Config = {
  id: number;
  kind: FeatureKind;
  publisher: string | null;
  logoPlace: string | null;
  packageId: number | null;
  quantity: number | null;
  displayLabel: string | null;
  relatedTo: string | null;
  internalName: string | null;
  label: string | null;
  dueDate: Date | null;
  shared: boolean;
  sharedFile: string | null;
};
type Option = { value: string; label: string };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function summary(c: Config, packages: Option[]): string {
  switch (c.kind) {
    case "logo_placement":
      return `${c.publisher} · ${c.logoPlace}`;
    case "tiered_benefit":
      return `${packages.find((p) => p.value === String(c.packageId))?.label ?? "?"}: ${c.displayLabel || c.quantity}`;
    case "email_targetable":
      return "Enabled";
    default:
      return [
        c.internalName,
        c.label,
        c.relatedTo,
        c.dueDate && `due ${day(c.dueDate)}`,
        c.shared && "shared",
      ]
        .filter(Boolean)
        .join(" · ");
  }
}

const EMPTY: Record<string, string | boolean> = {
  relatedTo: "sponsorship",
  publisher: "psf",
  logoPlace: "sponsors",
};

/**
 * SponsorshipBenefitAdmin's polymorphic inline (BenefitFeatureConfigurationInline): the benefit's
 * configurations, each editable or deletable, and one add form per §5.1 kind.
 */
export function FeatureConfigs({
  benefitId,
  configs,
  packages,
  save,
  remove,
}: {
  benefitId: number;
  configs: Config[];
  packages: Option[];
  save: StatefulAction;
  remove: (form: FormData) => Promise<void>;
}) {
  return (
    <section aria-labelledby="feature-configs" className="space-y-3">
      <h2 id="feature-configs" className="text-xl font-semibold">
        Feature configurations
      </h2>
      <InlineRows
        label="Feature configurations"
        empty="No configurations yet."
        rows={configs}
        rowId={(c) => c.id}
        columns={[
          { key: "kind", label: "Kind", render: (c) => FEATURE_KIND_LABELS[c.kind] },
          { key: "summary", label: "Configuration", render: (c) => summary(c, packages) },
        ]}
        actions={(c) => (
          <>
            <Link className="btn btn-xs" href={`/admin/sponsors/benefits/${benefitId}/features/${c.id}/`}>
              Edit
              <span className="sr-only">
                {" "}
                {FEATURE_KIND_LABELS[c.kind]} {c.id}
              </span>
            </Link>
            <RowAction
              action={remove}
              hidden={{ benefitId, id: c.id }}
              label="Delete"
              confirm={`Delete this ${FEATURE_KIND_LABELS[c.kind].toLowerCase()} configuration?`}
              className="btn btn-xs btn-error"
            />
          </>
        )}
      />
      {FEATURE_KINDS.map((kind) => (
        <details key={kind} className="collapse-arrow bg-base-200 collapse">
          <summary className="collapse-title font-medium">
            Add a {FEATURE_KIND_LABELS[kind].toLowerCase()} configuration
          </summary>
          <div className="collapse-content">
            <ModelForm
              action={save}
              fields={featureFields(kind, packages)}
              initial={EMPTY}
              hidden={{ benefitId, kind }}
              submitLabel="Add configuration"
              label={`Add a ${FEATURE_KIND_LABELS[kind].toLowerCase()} configuration`}
              idPrefix={`add-${kind}`}
              className="max-w-2xl space-y-3"
            >
              {kind === "provided_file_asset" && <SharedFileInput id={`add-${kind}-sharedFile`} />}
            </ModelForm>
          </div>
        </details>
      ))}
    </section>
  );
}

/** The provided file (ProvidedFileAssetConfiguration.shared_file), stored through the storage interface. */
export function SharedFileInput({ id, current }: { id: string; current?: string | null }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        Shared file
      </label>
      <input id={id} type="file" name="sharedFile" className="file-input file-input-sm" />
      {current && <span className="text-base-content/70 block text-sm">Current: {current}</span>}
    </div>
  );
}

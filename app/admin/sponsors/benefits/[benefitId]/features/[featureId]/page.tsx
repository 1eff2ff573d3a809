import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { SharedFileInput } from "@/components/sponsors/admin/feature-configs";
import { saveFeatureConfigAction } from "@/lib/sponsors/admin/catalog/actions";
import { FEATURE_KIND_LABELS, featureFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminFeatureConfig } from "@/lib/sponsors/admin/catalog/loaders";
import { featureInitial } from "@/lib/sponsors/admin/catalog/utils";

export const metadata: Metadata = { title: "Feature configuration · Admin", robots: { index: false } };

type Props = { params: Promise<{ benefitId: string; featureId: string }> };

export default async function AdminFeatureConfigPage({ params }: Props) {
  const { benefitId, featureId } = await params;
  const { benefit, config, packages } = await loadAdminFeatureConfig(benefitId, featureId);
  const label = FEATURE_KIND_LABELS[config.kind];
  return (
    <div className="space-y-4">
      <Link className="link" href={`/admin/sponsors/benefits/${benefit.id}/`}>
        ← {benefit.name}
      </Link>
      <h1 className="text-3xl font-bold">{label} configuration</h1>
      <ModelForm
        action={saveFeatureConfigAction}
        fields={featureFields(
          config.kind,
          packages.map((p) => ({ value: String(p.id), label: `${p.name} (${p.year ?? "no year"})` })),
        )}
        initial={featureInitial(config)}
        hidden={{ benefitId: benefit.id, id: config.id, kind: config.kind }}
        submitLabel="Save"
        label={`Edit the ${label.toLowerCase()} configuration`}
      >
        {config.kind === "provided_file_asset" && (
          <SharedFileInput id="field-sharedFile" current={config.sharedFile} />
        )}
      </ModelForm>
    </div>
  );
}

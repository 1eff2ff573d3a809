import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { FeatureConfigs } from "@/components/sponsors/admin/feature-configs";
import {
  deleteFeatureConfigAction,
  saveBenefitAction,
  saveFeatureConfigAction,
  updateRelatedSponsorshipsAction,
} from "@/lib/sponsors/admin/catalog/actions";
import { benefitFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminBenefit } from "@/lib/sponsors/admin/catalog/loaders";
import { benefitChoiceOptions, benefitInitial } from "@/lib/sponsors/admin/catalog/utils";
import { STATUS_LABELS } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Sponsorship benefit · Admin", robots: { index: false } };

type Props = { params: Promise<{ benefitId: string }> };

/** SponsorshipBenefitAdmin's change form, its feature configurations and update-related-sponsorships. */
export default async function AdminSponsorshipBenefitPage({ params }: Props) {
  const { benefit, choices, related } = await loadAdminBenefit((await params).benefitId);
  const options = benefitChoiceOptions(choices);
  return (
    <div className="space-y-6">
      <Link className="link" href="/admin/sponsors/benefits/">
        All benefits
      </Link>
      <h1 className="text-3xl font-bold">{benefit.name}</h1>
      <ModelForm
        action={saveBenefitAction}
        fields={benefitFields(options)}
        initial={benefitInitial(benefit)}
        hidden={{ id: benefit.id }}
        submitLabel="Save"
        label={`Edit the benefit ${benefit.name}`}
      />
      <FeatureConfigs
        benefitId={benefit.id}
        configs={benefit.featureConfigs}
        packages={options.packages}
        save={saveFeatureConfigAction}
        remove={deleteFeatureConfigAction}
      />
      <section aria-labelledby="related" className="space-y-2">
        <h2 id="related" className="text-xl font-semibold">
          Update related sponsorships
        </h2>
        <p>
          Copy this benefit&apos;s current configuration onto the chosen sponsorships (their features are
          regenerated; asset values stay).
        </p>
        {related.length === 0 ? (
          <p>No open sponsorship holds this benefit.</p>
        ) : (
          <ModelForm
            action={updateRelatedSponsorshipsAction}
            fields={[
              {
                name: "sponsorshipIds",
                label: "Sponsorships",
                kind: "checkboxes",
                options: related.map((s) => ({
                  value: String(s.id),
                  label: `${s.sponsor?.name ?? `Sponsorship ${s.id}`} (${s.year ?? "no year"}, ${STATUS_LABELS[s.status]})`,
                })),
              },
            ]}
            initial={{ sponsorshipIds: [] }}
            hidden={{ benefitId: benefit.id }}
            submitLabel="Update"
            label="Update related sponsorships"
            idPrefix="related"
          />
        )}
      </section>
    </div>
  );
}

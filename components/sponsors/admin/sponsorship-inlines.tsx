import { InlineRows } from "@/components/admin/inline-rows";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import type { StatefulAction } from "@/lib/actions/types";
import { FEATURE_KIND_LABELS } from "@/lib/sponsors/admin/catalog/constants";
import type { FeatureKind } from "@/lib/sponsors/catalog/schema";

type Benefit = {
  id: number;
  programName: string;
  name: string;
  addedByUser: boolean;
  benefitInternalValue: number | null;
  sponsorshipBenefitId: number | null;
  features: { kind: FeatureKind }[];
};
type Asset = {
  id: number;
  internalName: string;
  owner: "sponsor" | "sponsorship";
  text: string | null;
  image: string | null;
  file: string | null;
  response: string | null;
  url: string;
};

/**
 * SponsorshipAdmin's inlines (§5.9): the sponsor benefits (SponsorBenefitInline: choose the
 * template benefit of the sponsorship's year, which regenerates the features, and the internal
 * value; add and delete only while open for editing) and the assets (AssetsInline, read-only).
 */
export function SponsorshipInlines({
  data,
  add,
  change,
  remove,
}: {
  data: {
    id: number;
    openForEditing: boolean;
    benefits: Benefit[];
    choices: { id: number; name: string; program: { name: string } }[];
    assets: Asset[];
  };
  add: StatefulAction;
  change: StatefulAction;
  remove: (form: FormData) => Promise<void>;
}) {
  const options = data.choices.map((c) => ({ value: String(c.id), label: `${c.program.name} – ${c.name}` }));
  const features = (b: Benefit) =>
    [...new Set(b.features.map((f) => FEATURE_KIND_LABELS[f.kind]))].join(", ");
  return (
    <>
      <section aria-labelledby="benefits" className="space-y-2">
        <h2 id="benefits" className="text-xl font-semibold">
          Benefits
        </h2>
        {!data.openForEditing && <p>The sponsorship is locked: unlock it to change its benefits.</p>}
        <InlineRows
          label="Sponsor benefits"
          empty="No benefits."
          rows={data.benefits}
          rowId={(b) => b.id}
          columns={[
            {
              key: "name",
              label: "Benefit",
              render: (b) => `${b.programName} – ${b.name}${b.addedByUser ? " (added by the sponsor)" : ""}`,
            },
            { key: "features", label: "Features", render: features },
            {
              key: "edit",
              label: data.openForEditing ? "Template benefit and internal value" : "Internal value",
              render: (b) =>
                data.openForEditing ? (
                  <ModelForm
                    action={change}
                    fields={[
                      { name: "benefitId", label: "Template benefit", kind: "select", options },
                      { name: "internalValue", label: "Internal value (USD)", kind: "number" },
                    ]}
                    initial={{
                      benefitId: b.sponsorshipBenefitId === null ? "" : String(b.sponsorshipBenefitId),
                      internalValue: b.benefitInternalValue === null ? "" : String(b.benefitInternalValue),
                    }}
                    hidden={{ sponsorshipId: data.id, id: b.id }}
                    submitLabel="Save benefit"
                    label={`Benefit ${b.name}`}
                    idPrefix={`benefit-${b.id}`}
                    className="space-y-2"
                  />
                ) : b.benefitInternalValue === null ? (
                  "–"
                ) : (
                  `$${b.benefitInternalValue.toLocaleString("en-US")}`
                ),
            },
          ]}
          actions={
            data.openForEditing
              ? (b) => (
                  <RowAction
                    action={remove}
                    hidden={{ sponsorshipId: data.id, id: b.id }}
                    label="Delete"
                    srLabel={b.name}
                    confirm={`Remove "${b.name}" from this sponsorship?`}
                    className="btn btn-xs btn-error"
                  />
                )
              : undefined
          }
        />
        {data.openForEditing && (
          <ModelForm
            action={add}
            fields={[
              {
                name: "benefitId",
                label: "Benefit",
                kind: "select",
                options: [{ value: "", label: "---------" }, ...options],
              },
            ]}
            initial={{ benefitId: "" }}
            hidden={{ sponsorshipId: data.id }}
            submitLabel="Add benefit"
            label="Add a benefit"
            idPrefix="add-benefit"
            title="Add a benefit"
          />
        )}
      </section>
      <section aria-labelledby="assets" className="space-y-2">
        <h2 id="assets" className="text-xl font-semibold">
          Assets
        </h2>
        <InlineRows
          label="Assets"
          empty="No assets."
          rows={data.assets}
          rowId={(a) => `${a.owner}-${a.id}`}
          columns={[
            { key: "name", label: "Internal name", render: (a) => a.internalName },
            {
              key: "owner",
              label: "Related to",
              render: (a) => (a.owner === "sponsor" ? "Sponsor" : "Sponsorship"),
            },
            {
              key: "done",
              label: "Fulfilled data?",
              render: (a) => ((a.text ?? a.response ?? a.image ?? a.file) ? "yes" : "no"),
            },
            {
              key: "value",
              label: "Submitted information",
              render: (a) =>
                a.url ? (
                  <a className="link" href={a.url}>
                    {a.image ?? a.file}
                  </a>
                ) : (
                  (a.text ?? a.response ?? "not provided yet")
                ),
            },
          ]}
        />
      </section>
    </>
  );
}

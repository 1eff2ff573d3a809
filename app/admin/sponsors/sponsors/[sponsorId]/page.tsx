import type { Metadata } from "next";
import Link from "next/link";
import { InlineRows } from "@/components/admin/inline-rows";
import { ModelForm } from "@/components/admin/model-form";
import { LogoInputs, SponsorContacts, SponsorSponsorships } from "@/components/sponsors/admin/sponsor-parts";
import {
  deleteContactAction,
  saveContactAction,
  saveSponsorAction,
} from "@/lib/sponsors/admin/sponsor/actions";
import { sponsorFields } from "@/lib/sponsors/admin/sponsor/constants";
import { loadAdminSponsor } from "@/lib/sponsors/admin/sponsor/loaders";

export const metadata: Metadata = { title: "Sponsor · Admin", robots: { index: false } };

type Props = { params: Promise<{ sponsorId: string }> };

/** SponsorAdmin's change page with its contacts, sponsorships and assets inlines. */
export default async function AdminSponsorPage({ params }: Props) {
  const { sponsor, logoUrls, assetUrls } = await loadAdminSponsor((await params).sponsorId);
  const { contacts, sponsorships, assets, ...fields } = sponsor;
  return (
    <div className="space-y-6">
      <Link className="link" href="/admin/sponsors/sponsors/">
        All sponsors
      </Link>
      <h1 className="text-3xl font-bold">{sponsor.name}</h1>
      <ModelForm
        action={saveSponsorAction}
        fields={sponsorFields}
        initial={fields}
        hidden={{ id: sponsor.id }}
        submitLabel="Save"
        label={`Edit the sponsor ${sponsor.name}`}
      >
        <LogoInputs
          current={{ webLogo: fields.webLogo, whiteLogo: fields.whiteLogo, printLogo: fields.printLogo }}
          mediaUrl={logoUrls}
        />
      </ModelForm>
      <SponsorContacts
        sponsorId={sponsor.id}
        contacts={contacts}
        save={saveContactAction}
        remove={deleteContactAction}
      />
      <section aria-labelledby="sponsorships" className="space-y-2">
        <h2 id="sponsorships" className="text-xl font-semibold">
          Sponsorships
        </h2>
        <SponsorSponsorships rows={sponsorships} />
      </section>
      <section aria-labelledby="assets" className="space-y-2">
        <h2 id="assets" className="text-xl font-semibold">
          Assets
        </h2>
        <InlineRows
          label="Sponsor assets"
          empty="No assets."
          rows={assets}
          rowId={(a) => a.id}
          columns={[
            { key: "name", label: "Internal name", render: (a) => a.internalName },
            {
              key: "done",
              label: "Fulfilled",
              render: (a) => ((a.text ?? a.response ?? a.image ?? a.file) ? "yes" : "no"),
            },
            {
              key: "value",
              label: "Submitted information",
              render: (a) =>
                assetUrls[a.id] ? (
                  <a className="link" href={assetUrls[a.id]}>
                    {a.image ?? a.file}
                  </a>
                ) : (
                  (a.text ?? a.response ?? "")
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}

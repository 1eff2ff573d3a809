import Link from "next/link";
import { InlineRows } from "@/components/admin/inline-rows";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import type { StatefulAction } from "@/lib/actions/types";
import { contactFields } from "@/lib/sponsors/admin/sponsor/constants";
import { STATUS_LABELS } from "@/lib/sponsors/constants";
import type { SponsorshipStatusName } from "@/lib/sponsors/types";

const LOGOS = [
  {
    name: "webLogo",
    label: "Web logo",
    help: "For display on our sponsor webpage. High resolution PNG or JPG.",
  },
  { name: "whiteLogo", label: "White logo", help: "For display on dark backgrounds. Transparent PNG." },
  { name: "printLogo", label: "Print logo", help: "For printed materials, signage, and projection." },
] as const;

/** The sponsor's three logos as file inputs; a stored one is linked and kept when none is chosen. */
export function LogoInputs({
  current,
  mediaUrl,
}: {
  current?: Record<string, string>;
  mediaUrl?: Record<string, string>;
}) {
  return (
    <>
      {LOGOS.map((l) => (
        <div key={l.name}>
          <label htmlFor={`logo-${l.name}`} className="block font-medium">
            {l.label}
          </label>
          <input
            id={`logo-${l.name}`}
            type="file"
            name={l.name}
            accept="image/png,image/jpeg,image/gif,image/webp"
            aria-describedby={`logo-${l.name}-hint`}
            className="file-input file-input-sm"
          />
          <span id={`logo-${l.name}-hint`} className="text-base-content/70 block text-sm">
            {l.help}
            {current?.[l.name] && mediaUrl?.[l.name] && (
              <>
                {" "}
                Current:{" "}
                <a className="link" href={mediaUrl[l.name]}>
                  {current[l.name]}
                </a>
              </>
            )}
          </span>
        </div>
      ))}
    </>
  );
}

type Contact = {
  id: number;
  name: string;
  email: string;
  phone: string;
  primary: boolean;
  administrative: boolean;
  accounting: boolean;
  manager: boolean;
  user: { username: string } | null;
};

/** SponsorContactInline: each contact editable in place or deleted, and an add form. */
export function SponsorContacts({
  sponsorId,
  contacts,
  save,
  remove,
}: {
  sponsorId: number;
  contacts: Contact[];
  save: StatefulAction;
  remove: (form: FormData) => Promise<void>;
}) {
  return (
    <section aria-labelledby="contacts" className="space-y-3">
      <h2 id="contacts" className="text-xl font-semibold">
        Contacts
      </h2>
      {contacts.length === 0 && <p>No contacts.</p>}
      {contacts.map(({ user, ...c }) => (
        <div key={c.id} className="space-y-1">
          <ModelForm
            action={save}
            fields={contactFields}
            initial={c}
            hidden={{ sponsorId, id: c.id }}
            submitLabel="Save contact"
            label={`Contact ${c.name}`}
            idPrefix={`contact-${c.id}`}
            title={`${c.name}${user ? ` (user ${user.username})` : ""}`}
          />
          <RowAction
            action={remove}
            hidden={{ sponsorId, id: c.id }}
            label={`Delete the contact ${c.name}`}
            confirm={`Delete the contact ${c.name}?`}
            className="btn btn-xs btn-error"
          />
        </div>
      ))}
      <ModelForm
        action={save}
        fields={contactFields}
        initial={{ name: "", email: "", phone: "" }}
        hidden={{ sponsorId }}
        submitLabel="Add contact"
        label="Add a contact"
        idPrefix="contact-new"
        title="Add a contact"
      />
    </section>
  );
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

/** SponsorshipsInline: read-only, each linking to its change page. */
export function SponsorSponsorships({
  rows,
}: {
  rows: {
    id: number;
    status: SponsorshipStatusName;
    year: number | null;
    appliedOn: Date;
    startDate: Date | null;
    endDate: Date | null;
  }[];
}) {
  return (
    <InlineRows
      label="Sponsorships"
      empty="No sponsorships."
      rows={rows}
      rowId={(s) => s.id}
      columns={[
        {
          key: "id",
          label: "ID",
          render: (s) => (
            <Link className="link" href={`/admin/sponsors/${s.id}/`}>
              {s.id}
            </Link>
          ),
        },
        { key: "status", label: "Status", render: (s) => STATUS_LABELS[s.status] },
        { key: "year", label: "Year", render: (s) => s.year ?? "–" },
        { key: "applied", label: "Applied on", render: (s) => day(s.appliedOn) },
        { key: "start", label: "Start date", render: (s) => day(s.startDate) },
        { key: "end", label: "End date", render: (s) => day(s.endDate) },
      ]}
    />
  );
}

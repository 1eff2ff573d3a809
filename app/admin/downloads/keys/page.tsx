import type { Metadata } from "next";
import { InlineRows } from "@/components/admin/inline-rows";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { addReleaseManagerKeyAction, releaseManagerKeyAction } from "@/lib/downloads/admin/actions";
import { releaseManagerKeyFields } from "@/lib/downloads/admin/constants";
import { loadReleaseManagerKeys } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Release manager keys · Admin", robots: { index: false } };

// The OpenPGP public keys release-file signatures are verified against.
export default async function ReleaseManagerKeysPage() {
  const keys = await loadReleaseManagerKeys();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Release manager keys</h1>
      <InlineRows
        label="Keys"
        empty="No keys yet: signatures cannot be verified until one is added."
        rows={keys}
        rowId={(k) => k.id}
        columns={[
          { key: "name", label: "Release manager", render: (k) => k.name },
          {
            key: "fingerprint",
            label: "Fingerprint",
            render: (k) => k.fingerprint,
            className: "font-mono text-xs",
          },
          { key: "created", label: "Added", render: (k) => <DateTime value={k.created} /> },
          { key: "state", label: "State", render: (k) => (k.active ? "in use" : "retired") },
        ]}
        actions={(k) =>
          k.active ? (
            <RowAction
              action={releaseManagerKeyAction}
              hidden={{ id: k.id }}
              op="deactivate"
              label="Retire"
              confirm={`Stop trusting ${k.name}'s key for new checks?`}
              className="btn btn-xs btn-error"
            />
          ) : (
            <RowAction
              action={releaseManagerKeyAction}
              hidden={{ id: k.id }}
              op="activate"
              label="Use again"
            />
          )
        }
      />
      <h2 className="text-xl font-semibold">Add a key</h2>
      <ModelForm
        action={addReleaseManagerKeyAction}
        fields={releaseManagerKeyFields}
        initial={{ name: "", armoredKey: "" }}
        submitLabel="Add key"
      />
    </div>
  );
}

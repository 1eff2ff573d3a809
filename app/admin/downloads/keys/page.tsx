import type { Metadata } from "next";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { ReleaseManagerKeyForm } from "@/components/admin/downloads-forms";
import { DateTime } from "@/components/ui/date-time";
import { releaseManagerKeyAction } from "@/lib/downloads/admin/actions";
import { loadReleaseManagerKeys } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Release manager keys · Admin", robots: { index: false } };

// The OpenPGP public keys release-file signatures are verified against.
export default async function ReleaseManagerKeysPage() {
  const keys = await loadReleaseManagerKeys();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Release manager keys</h1>
      <table className="table" aria-label="Keys">
        <thead>
          <tr>
            <th>Release manager</th>
            <th>Fingerprint</th>
            <th>Added</th>
            <th>State</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td className="font-mono text-xs">{k.fingerprint}</td>
              <td>
                <DateTime value={k.created} />
              </td>
              <td>{k.active ? "in use" : "retired"}</td>
              <td>
                <form action={releaseManagerKeyAction}>
                  <input type="hidden" name="id" value={k.id} />
                  {k.active ? (
                    <ConfirmSubmit
                      label="Retire"
                      question={`Stop trusting ${k.name}'s key for new checks?`}
                      name="op"
                      value="deactivate"
                      className="btn btn-xs btn-error"
                    />
                  ) : (
                    <button className="btn btn-xs" name="op" value="activate">
                      Use again
                    </button>
                  )}
                </form>
              </td>
            </tr>
          ))}
          {keys.length === 0 && (
            <tr>
              <td colSpan={5}>No keys yet: signatures cannot be verified until one is added.</td>
            </tr>
          )}
        </tbody>
      </table>
      <h2 className="text-xl font-semibold">Add a key</h2>
      <ReleaseManagerKeyForm />
    </div>
  );
}

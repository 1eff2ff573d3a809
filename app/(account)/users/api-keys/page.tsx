import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyForm } from "@/components/users/api-key-form";
import { DateTime } from "@/components/ui/date-time";
import { revokeApiKeyAction } from "@/lib/users/actions";
import { loadMyApiKeys } from "@/lib/users/loaders";

export const metadata: Metadata = { title: "API keys", robots: { index: false } };

export default async function ApiKeysPage() {
  const { username, keys } = await loadMyApiKeys();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">API keys</h1>
      <p>
        Keys let scripts call the python.org APIs as you (see{" "}
        <Link className="link" href="/api/docs/" prefetch={false}>
          the API reference
        </Link>
        ).
      </p>
      <ApiKeyForm username={username} />
      <h2 className="text-xl font-semibold">Your keys</h2>
      {keys.length === 0 ? (
        <p>You have no keys.</p>
      ) : (
        <table className="table" aria-label="Your API keys">
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Starts with</th>
              <th>Created</th>
              <th>Last used</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>{k.kind === "v2_token" ? "Token" : "ApiKey"}</td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>
                  <DateTime value={k.createdAt} />
                </td>
                <td>{k.lastUsedAt ? <DateTime value={k.lastUsedAt} /> : "never"}</td>
                <td>
                  <form action={revokeApiKeyAction}>
                    <input type="hidden" name="id" value={k.id} />
                    <button className="btn btn-sm btn-outline btn-error" aria-label={`Revoke ${k.name}`}>
                      Revoke
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

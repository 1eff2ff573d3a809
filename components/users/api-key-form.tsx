"use client";

import { useActionState } from "react";
import { createApiKeyAction } from "@/lib/users/actions";
import type { ApiKeyFormState } from "@/lib/users/schema";

const usage: Record<string, (key: string, user: string) => string> = {
  v2_token: (key) => `Authorization: Token ${key}`,
  v1_apikey: (key, user) => `Authorization: ApiKey ${user}:${key}`,
};

/** Create a key; the key is shown once, right after creation, and never again. */
export function ApiKeyForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState<ApiKeyFormState, FormData>(createApiKeyAction, {});
  return (
    <div className="space-y-3">
      {state.key && (
        <div role="status" className="alert alert-success flex-col items-start">
          <p>Your new key is below. Copy it now: it is stored hashed and cannot be shown again.</p>
          <code data-testid="new-api-key" className="break-all">
            {state.key}
          </code>
          <code className="text-sm break-all">{usage[state.kind ?? "v2_token"]!(state.key, username)}</code>
        </div>
      )}
      <form action={action} className="card bg-base-200 max-w-md space-y-3 p-4" noValidate>
        {state.error && (
          <p role="alert" className="text-error">
            {state.error}
          </p>
        )}
        <label className="block">
          <span className="label-text">Name</span>
          <input
            name="name"
            defaultValue={state.name}
            className="input input-bordered w-full"
            aria-describedby="name-error"
          />
          {state.fields?.name && (
            <span id="name-error" className="text-error text-sm">
              {state.fields.name[0]}
            </span>
          )}
        </label>
        <label className="block">
          <span className="label-text">Type</span>
          {/* React applies a select's defaultValue only when it mounts: a new key per answer. */}
          <select
            key={state.error ? `kind-${state.kind}` : "kind"}
            name="kind"
            defaultValue={state.error ? state.kind : "v2_token"}
            className="select select-bordered w-full"
          >
            <option value="v2_token">Token (API v2)</option>
            <option value="v1_apikey">ApiKey (API v1)</option>
          </select>
        </label>
        <button className="btn btn-primary" disabled={pending}>
          Create key
        </button>
      </form>
    </div>
  );
}

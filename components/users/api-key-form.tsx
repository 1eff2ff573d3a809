"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/types";
import { createApiKeyAction } from "@/lib/users/actions";

const usage: Record<string, (key: string, user: string) => string> = {
  v2_token: (key) => `Authorization: Token ${key}`,
  v1_apikey: (key, user) => `Authorization: ApiKey ${user}:${key}`,
};

/** Create a key; the key is shown once, right after creation, and never again. */
export function ApiKeyForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createApiKeyAction, {});
  const key = state.data?.key;
  return (
    <div className="space-y-3">
      {key && (
        <div role="status" className="alert alert-success flex-col items-start">
          <p>Your new key is below. Copy it now: it is stored hashed and cannot be shown again.</p>
          <code data-testid="new-api-key" className="break-all">
            {key}
          </code>
          <code className="text-sm break-all">{usage[state.data?.kind ?? "v2_token"]!(key, username)}</code>
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
            defaultValue={state.values?.name}
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
            key={state.error ? `kind-${state.values?.kind}` : "kind"}
            name="kind"
            defaultValue={state.error ? state.values?.kind : "v2_token"}
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

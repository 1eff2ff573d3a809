"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import {
  addReleaseFilesAction,
  addReleaseManagerKeyAction,
  saveOperatingSystemAction,
  saveReleaseAction,
  saveReleaseFileAction,
} from "@/lib/downloads/admin/actions";
import type { DownloadsFormState } from "@/lib/downloads/admin/schema";

const Done = ({ text }: { text?: string }) =>
  text ? (
    <p role="status" className="text-success">
      {text}
    </p>
  ) : null;

export type ReleaseFormValues = {
  id?: number;
  name: string;
  slug: string;
  version: string;
  release_date: string; // YYYY-MM-DDTHH:MM, UTC
  release_notes_url: string;
  is_published: boolean;
  is_latest: boolean;
  pre_release: boolean;
  show_on_download_page: boolean;
};

/** Create or edit a release with the same rules and errors as the API (one latest per major version...). */
export function ReleaseForm({ initial }: { initial: ReleaseFormValues }) {
  const [state, action, pending] = useActionState<DownloadsFormState, FormData>(saveReleaseAction, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const v = state.values;
  const text = (k: keyof ReleaseFormValues) => v?.[k] ?? String(initial[k] ?? "");
  const flag = (k: keyof ReleaseFormValues) => (v ? v[k] === "on" : Boolean(initial[k]));
  return (
    <form action={action} className="card bg-base-200 max-w-xl space-y-3 p-6" noValidate>
      <Done text={state.done} />
      <FormAlert text={state.error} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormField name="name" label="Name" defaultValue={text("name")} errors={state.fields?.name} />
      <FormField
        name="slug"
        label="Slug"
        defaultValue={text("slug")}
        errors={state.fields?.slug}
        hint="Left empty, it is made from the name (python-3141)."
      />
      <label className="block">
        <span className="label-text block">Major version</span>
        <select name="version" defaultValue={text("version")} className="select select-bordered w-full">
          <option value="3">Python 3</option>
          <option value="2">Python 2</option>
          <option value="1">Python 1</option>
          <option value="100">Python install manager</option>
        </select>
      </label>
      <FormField
        name="release_date"
        label="Release date (UTC)"
        type="datetime-local"
        defaultValue={text("release_date")}
        errors={state.fields?.release_date}
      />
      <FormField
        name="release_notes_url"
        label="Release notes URL"
        type="url"
        defaultValue={text("release_notes_url")}
        errors={state.fields?.release_notes_url}
      />
      {(
        [
          ["is_published", "Published"],
          ["is_latest", "Latest of its major version (the previous latest is demoted)"],
          ["pre_release", "Pre-release"],
          ["show_on_download_page", "Show on the downloads page"],
        ] as const
      ).map(([name, label]) => (
        <label key={name} className="flex items-center gap-2">
          <input type="checkbox" name={name} defaultChecked={flag(name)} className="checkbox checkbox-sm" />
          {label}
        </label>
      ))}
      <button className="btn btn-primary" disabled={pending}>
        {initial.id ? "Save release" : "Create release"}
      </button>
    </form>
  );
}

export type ReleaseFileFormValues = {
  name: string;
  os: string;
  description: string;
  url: string;
  sha256_sum: string;
  md5_sum: string;
  filesize: string;
  download_button: boolean;
  is_source: boolean;
  gpg_signature_file: string;
  sigstore_signature_file: string;
  sigstore_cert_file: string;
  sigstore_bundle_file: string;
  sbom_spdx2_file: string;
};

/** Edit one file of a release; a refused save keeps what was typed and says which rule it broke. */
export function ReleaseFileForm({
  releaseId,
  fileId,
  initial,
  systems,
}: {
  releaseId: number;
  fileId: number;
  initial: ReleaseFileFormValues;
  systems: { id: number; name: string }[];
}) {
  const [state, action, pending] = useActionState<DownloadsFormState, FormData>(saveReleaseFileAction, {});
  const v = state.values;
  const text = (k: keyof ReleaseFileFormValues) => v?.[k] ?? String(initial[k] ?? "");
  const flag = (k: "download_button" | "is_source") => (v ? v[k] === "on" : initial[k]);
  const field = (name: keyof ReleaseFileFormValues, label: string, type = "text", hint?: string) => (
    <FormField
      name={name}
      label={label}
      type={type}
      defaultValue={text(name)}
      errors={state.fields?.[name]}
      hint={hint}
    />
  );
  return (
    <form action={action} className="card bg-base-200 max-w-2xl space-y-3 p-6" noValidate>
      <Done text={state.done} />
      <FormAlert text={state.error} />
      {state.fields?.non_field_errors?.map((e) => (
        <p key={e} role="alert" className="text-error text-sm">
          {e}
        </p>
      ))}
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="fileId" value={fileId} />
      {field("name", "Name")}
      <label className="block">
        <span className="label-text block">Operating system</span>
        {/* React applies a select's defaultValue only when it mounts: a new key per answer. */}
        <select
          key={`os-${text("os")}`}
          name="os"
          defaultValue={text("os")}
          className="select select-bordered w-full"
        >
          {systems.map((os) => (
            <option key={os.id} value={os.id}>
              {os.name}
            </option>
          ))}
        </select>
      </label>
      {field("description", "Description")}
      {field("url", "URL", "url", "Under the download site; sidecar URLs are this URL plus their suffix.")}
      {field("sha256_sum", "SHA-256")}
      {field("md5_sum", "MD5 (old releases only)")}
      {field("filesize", "Size in bytes", "number")}
      {field("gpg_signature_file", "GPG signature URL (.asc)", "url")}
      {field("sigstore_bundle_file", "Sigstore bundle URL (.sigstore)", "url")}
      {field("sigstore_signature_file", "Sigstore signature URL (.sig)", "url")}
      {field("sigstore_cert_file", "Sigstore certificate URL (.crt)", "url")}
      {field("sbom_spdx2_file", "SBOM URL (.spdx.json)", "url")}
      {(
        [
          ["download_button", "Download button for its operating system"],
          ["is_source", "Source distribution"],
        ] as const
      ).map(([name, label]) => (
        <label key={name} className="flex items-center gap-2">
          <input type="checkbox" name={name} defaultChecked={flag(name)} className="checkbox checkbox-sm" />
          {label}
        </label>
      ))}
      <button className="btn btn-primary" disabled={pending}>
        Save file
      </button>
    </form>
  );
}

export function AddReleaseFilesForm({ releaseId }: { releaseId: number }) {
  const [state, action, pending] = useActionState<DownloadsFormState, FormData>(addReleaseFilesAction, {});
  const errors = state.fields?.lines ?? [];
  return (
    <form action={action} className="card bg-base-200 space-y-3 p-6" noValidate>
      <h2 className="text-xl font-semibold">Add files</h2>
      <Done text={state.done} />
      <FormAlert text={state.error} />
      <input type="hidden" name="releaseId" value={releaseId} />
      <label htmlFor="field-lines" className="label-text block">
        One file per line: URL, operating system, then optionally SHA-256, size in bytes and the flags asc,
        sigstore, sbom, button, source
      </label>
      <textarea
        id="field-lines"
        name="lines"
        rows={6}
        defaultValue={state.values?.lines}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? "lines-errors" : undefined}
        className={`textarea textarea-bordered w-full font-mono text-sm ${errors.length ? "textarea-error" : ""}`}
      />
      {errors.length > 0 && (
        <ul id="lines-errors" className="text-error list-disc pl-6 text-sm">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button className="btn btn-primary" disabled={pending}>
        Add files
      </button>
    </form>
  );
}

export function OperatingSystemForm({ os }: { os?: { id: number; name: string; slug: string } }) {
  const [state, action, pending] = useActionState<DownloadsFormState, FormData>(
    saveOperatingSystemAction,
    {},
  );
  const prefix = os ? `os-${os.id}` : "os-new";
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-2"
      noValidate
      aria-label={os ? `Edit ${os.name}` : "Add an operating system"}
    >
      {os && <input type="hidden" name="id" value={os.id} />}
      <label className="flex flex-col text-sm">
        Name
        <input
          name="name"
          defaultValue={state.values?.name ?? os?.name}
          aria-invalid={state.fields?.name ? true : undefined}
          aria-describedby={state.fields?.name ? `${prefix}-errors` : undefined}
          className="input input-sm input-bordered"
        />
      </label>
      <label className="flex flex-col text-sm">
        Slug
        <input
          name="slug"
          defaultValue={state.values?.slug ?? os?.slug}
          aria-invalid={state.fields?.slug ? true : undefined}
          aria-describedby={state.fields?.slug ? `${prefix}-errors` : undefined}
          className="input input-sm input-bordered"
        />
      </label>
      <button className="btn btn-sm" disabled={pending}>
        {os ? "Save" : "Add"}
      </button>
      <span id={`${prefix}-errors`} className="text-error text-sm">
        {[...(state.fields?.name ?? []), ...(state.fields?.slug ?? [])].join(" ") ||
          (state.fields ? "" : state.error)}
      </span>
      <Done text={state.done} />
    </form>
  );
}

export function ReleaseManagerKeyForm() {
  const [state, action, pending] = useActionState<DownloadsFormState, FormData>(
    addReleaseManagerKeyAction,
    {},
  );
  return (
    <form action={action} className="card bg-base-200 max-w-2xl space-y-3 p-6" noValidate>
      <Done text={state.done} />
      <FormAlert text={state.error} />
      <FormField
        name="name"
        label="Release manager"
        defaultValue={state.values?.name}
        errors={state.fields?.name}
      />
      <label htmlFor="field-armoredKey" className="label-text block">
        Armored public key
      </label>
      <textarea
        id="field-armoredKey"
        name="armoredKey"
        rows={8}
        defaultValue={state.values?.armoredKey}
        aria-invalid={state.fields?.armoredKey ? true : undefined}
        aria-describedby={state.fields?.armoredKey ? "armoredKey-error" : undefined}
        className="textarea textarea-bordered w-full font-mono text-xs"
      />
      {state.fields?.armoredKey && (
        <span id="armoredKey-error" className="text-error block text-sm">
          {state.fields.armoredKey[0]}
        </span>
      )}
      <button className="btn btn-primary" disabled={pending}>
        Add key
      </button>
    </form>
  );
}

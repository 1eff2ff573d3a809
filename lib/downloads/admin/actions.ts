"use server";

import { requestOrigin } from "@/lib/platform/http/request-origin";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsFromZod, isAppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { canManageDownloads } from "@/lib/users/permissions";
import { createOperatingSystem, updateOperatingSystem } from "@/lib/downloads/os/mutations";
import { createRelease, updateRelease } from "@/lib/downloads/release/mutations";
import { createReleaseFiles, deleteReleaseFile, updateReleaseFile } from "@/lib/downloads/release-file/mutations";
import { addReleaseManagerKey, setReleaseManagerKeyActive } from "@/lib/downloads/signatures/mutations";
import { adminActorOrDeny } from "@/lib/admin/authorize";
import { emit } from "@/inngest/client";
import { listAdminOperatingSystems } from "./data";
import {
  osFormSchema,
  RELEASE_FILE_TEXT_FIELDS,
  releaseFileFormSchema,
  releaseFormSchema,
  type DownloadsFormState,
} from "./schema";
import { parseFileLines } from "./utils";

/** Every downloads-admin action authorizes here, whatever the page showed. */
const managerOrDeny = (screen: string) => adminActorOrDeny(canManageDownloads, screen);

/** The data layer's rule errors (slug taken, one button per OS, URL rules) as form messages. */
function fromRuleError(e: unknown, values: Record<string, string>): DownloadsFormState {
  if (isAppError(e) && e.status < 500)
    return { error: e.fields?.non_field_errors?.[0] ?? "Check the fields below.", fields: e.fields, values };
  throw e;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const DENIED: DownloadsFormState = { error: "You may not manage downloads." };

export async function saveReleaseAction(
  _prev: DownloadsFormState,
  form: FormData,
): Promise<DownloadsFormState> {
  const principal = await managerOrDeny("admin.downloads.release");
  if (!principal) return DENIED;
  const checkbox = (name: string) => form.get(name) === "on";
  const values = Object.fromEntries(
    ["name", "slug", "version", "release_date", "release_notes_url"].map((k) => [k, text(form, k).trim()]),
  );
  for (const k of ["is_published", "is_latest", "pre_release", "show_on_download_page"])
    values[k] = checkbox(k) ? "on" : "";
  const parsed = releaseFormSchema.safeParse({
    ...values,
    is_published: checkbox("is_published"),
    is_latest: checkbox("is_latest"),
    pre_release: checkbox("pre_release"),
    show_on_download_page: checkbox("show_on_download_page"),
  });
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  const id = Number(form.get("id") ?? 0);
  const input = {
    ...parsed.data,
    slug: parsed.data.slug || undefined,
    version: parsed.data.version as 1 | 2 | 3 | 100,
  };
  try {
    const row = id
      ? await updateRelease(id, input, principal.userId)
      : await createRelease(input, principal.userId);
    await recordAudit({
      ...(await requestOrigin()),
      action: id ? "release.updated" : "release.created",
      actorId: principal.userId,
      targetType: "release",
      targetId: row.id,
    });
    revalidatePath("/admin/downloads/");
    return id
      ? { done: "Release saved.", values }
      : { done: "Release created.", redirectTo: `/admin/downloads/releases/${row.id}/` };
  } catch (e) {
    return fromRuleError(e, values);
  }
}

export async function addReleaseFilesAction(
  _prev: DownloadsFormState,
  form: FormData,
): Promise<DownloadsFormState> {
  const principal = await managerOrDeny("admin.downloads.files");
  if (!principal) return DENIED;
  const releaseId = Number(form.get("releaseId") ?? 0);
  const values = { lines: text(form, "lines") };
  const systems = await listAdminOperatingSystems();
  const { files, errors } = parseFileLines(
    values.lines,
    systems.map((s) => s.slug),
  );
  if (errors.length)
    return { error: "Nothing was added: fix the lines below.", fields: { lines: errors }, values };
  const osId = new Map(systems.map((s) => [s.slug, s.id]));
  try {
    const count = await createReleaseFiles(
      releaseId,
      files.map(({ osSlug, ...f }) => ({ ...f, os: `/api/v2/downloads/os/${osId.get(osSlug)}/` })),
      principal.userId,
    );
    await recordAudit({
      ...(await requestOrigin()),
      action: "release_file.bulk_created",
      actorId: principal.userId,
      targetType: "release",
      targetId: releaseId,
      detail: { count },
    });
    revalidatePath(`/admin/downloads/releases/${releaseId}/`);
    return { done: `${count} file${count === 1 ? "" : "s"} added.` };
  } catch (e) {
    const state = fromRuleError(e, values);
    return {
      ...state,
      error: "Nothing was added.",
      fields: { lines: Object.values(state.fields ?? {}).flat() },
    };
  }
}

/** Edits one file with the API's rules (download base, sidecars, one button per OS). */
export async function saveReleaseFileAction(
  _prev: DownloadsFormState,
  form: FormData,
): Promise<DownloadsFormState> {
  const principal = await managerOrDeny("admin.downloads.files");
  if (!principal) return { error: "You may not change release files." };
  const ids = z
    .object({ fileId: z.coerce.number().int().positive(), releaseId: z.coerce.number().int().positive() })
    .safeParse({ fileId: form.get("fileId"), releaseId: form.get("releaseId") });
  if (!ids.success) return { error: "That file does not exist." };
  const values: Record<string, string> = Object.fromEntries(
    RELEASE_FILE_TEXT_FIELDS.map((k) => [k, text(form, k)]),
  );
  for (const flag of ["download_button", "is_source"]) values[flag] = form.get(flag) === "on" ? "on" : "";
  const parsed = releaseFileFormSchema.safeParse({
    ...values,
    download_button: values.download_button === "on",
    is_source: values.is_source === "on",
  });
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  const { os, ...rest } = parsed.data;
  try {
    await updateReleaseFile(
      ids.data.fileId,
      { ...rest, os: `/api/v2/downloads/os/${os}/` },
      principal.userId,
    );
  } catch (e) {
    return fromRuleError(e, values);
  }
  await recordAudit({
    ...(await requestOrigin()),
    action: "release_file.updated",
    actorId: principal.userId,
    targetType: "release_file",
    targetId: ids.data.fileId,
  });
  revalidatePath(`/admin/downloads/releases/${ids.data.releaseId}/`);
  return { done: "File saved.", values };
}

export async function deleteReleaseFileAction(form: FormData): Promise<void> {
  const principal = await managerOrDeny("admin.downloads.files");
  const parsed = z
    .object({ fileId: z.coerce.number().int().positive(), releaseId: z.coerce.number().int() })
    .safeParse({
      fileId: form.get("fileId"),
      releaseId: form.get("releaseId"),
    });
  if (!principal || !parsed.success) return;
  await deleteReleaseFile(parsed.data.fileId);
  await recordAudit({
    ...(await requestOrigin()),
    action: "release_file.deleted",
    actorId: principal.userId,
    targetType: "release_file",
    targetId: parsed.data.fileId,
  });
  revalidatePath(`/admin/downloads/releases/${parsed.data.releaseId}/`);
}

export async function releasesBulkAction(form: FormData): Promise<void> {
  const principal = await managerOrDeny("admin.downloads.bulk");
  const parsed = z
    .object({
      ids: z.array(z.coerce.number().int().positive()).min(1).max(100),
      op: z.enum(["publish", "unpublish"]),
    })
    .safeParse({ ids: form.getAll("ids"), op: form.get("op") });
  if (!principal || !parsed.success) return;
  for (const id of parsed.data.ids)
    await updateRelease(id, { is_published: parsed.data.op === "publish" }, principal.userId);
  await recordAudit({
    ...(await requestOrigin()),
    action: `release.bulk_${parsed.data.op}`,
    actorId: principal.userId,
    detail: { count: parsed.data.ids.length },
  });
  revalidatePath("/admin/downloads/");
}

export async function saveOperatingSystemAction(
  _prev: DownloadsFormState,
  form: FormData,
): Promise<DownloadsFormState> {
  const principal = await managerOrDeny("admin.downloads.os");
  if (!principal) return DENIED;
  const values = { name: text(form, "name"), slug: text(form, "slug") };
  const parsed = osFormSchema.safeParse(values);
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  const id = Number(form.get("id") ?? 0);
  const input = { name: parsed.data.name, slug: parsed.data.slug || undefined };
  try {
    const row = id
      ? await updateOperatingSystem(id, input, principal.userId)
      : await createOperatingSystem(input, principal.userId);
    await recordAudit({
      ...(await requestOrigin()),
      action: id ? "os.updated" : "os.created",
      actorId: principal.userId,
      targetType: "os",
      targetId: row.id,
    });
    revalidatePath("/admin/downloads/os/");
    return { done: id ? "Saved." : `${row.name} added.`, values: id ? values : {} };
  } catch (e) {
    return fromRuleError(e, values);
  }
}

export async function addReleaseManagerKeyAction(
  _prev: DownloadsFormState,
  form: FormData,
): Promise<DownloadsFormState> {
  const principal = await managerOrDeny("admin.downloads.keys");
  if (!principal) return DENIED;
  const values = { name: text(form, "name").trim(), armoredKey: text(form, "armoredKey").trim() };
  const fields: Record<string, string[]> = {};
  if (!values.name) fields.name = ["Give the key's owner, e.g. the release manager's name."];
  if (values.name.length > 200) fields.name = ["Use at most 200 characters."];
  if (!values.armoredKey) fields.armoredKey = ["Paste the armored public key."];
  if (values.armoredKey.length > 100_000) fields.armoredKey = ["That key is too large."];
  if (Object.keys(fields).length) return { error: "Check the fields below.", fields, values };
  try {
    const key = await addReleaseManagerKey(values.name, values.armoredKey);
    await recordAudit({
      ...(await requestOrigin()),
      action: "release_key.added",
      actorId: principal.userId,
      targetType: "release_key",
      targetId: key.id,
    });
    revalidatePath("/admin/downloads/keys/");
    return { done: `Key ${key.fingerprint} added.` };
  } catch (e) {
    return { error: "Check the fields below.", fields: { armoredKey: [(e as Error).message] }, values };
  }
}

export async function releaseManagerKeyAction(form: FormData): Promise<void> {
  const principal = await managerOrDeny("admin.downloads.keys");
  const parsed = z
    .object({ id: z.coerce.number().int().positive(), op: z.enum(["activate", "deactivate"]) })
    .safeParse({ id: form.get("id"), op: form.get("op") });
  if (!principal || !parsed.success) return;
  await setReleaseManagerKeyActive(parsed.data.id, parsed.data.op === "activate");
  await recordAudit({
    ...(await requestOrigin()),
    action: `release_key.${parsed.data.op}d`,
    actorId: principal.userId,
    targetType: "release_key",
    targetId: parsed.data.id,
  });
  revalidatePath("/admin/downloads/keys/");
}

/** Queues the signature checks of a release's files again (e.g. after adding a key). */
export async function checkSignaturesAction(form: FormData): Promise<void> {
  const principal = await managerOrDeny("admin.downloads.signatures");
  const releaseId = Number(form.get("releaseId") ?? 0);
  if (!principal || !Number.isInteger(releaseId) || releaseId <= 0) return;
  await emit("downloads/signatures.requested", { releaseId });
  await recordAudit({
    ...(await requestOrigin()),
    action: "release.signatures_requested",
    actorId: principal.userId,
    targetType: "release",
    targetId: releaseId,
  });
}

"use server";

import { emit } from "@/inngest/client";
import { asFormAction, defineAction, fieldError, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { isAppError } from "@/lib/platform/errors";
import { createOperatingSystem, updateOperatingSystem } from "@/lib/downloads/os/mutations";
import { createRelease, updateRelease } from "@/lib/downloads/release/mutations";
import {
  createReleaseFiles,
  deleteReleaseFile,
  updateReleaseFile,
} from "@/lib/downloads/release-file/mutations";
import { addReleaseManagerKey, setReleaseManagerKeyActive } from "@/lib/downloads/signatures/mutations";
import { releasesSection } from "./constants";
import { listAdminOperatingSystems } from "./data";
import {
  addFilesFormSchema,
  keyOpSchema,
  osFormSchema,
  releaseFileFormSchema,
  releaseFileRefSchema,
  releaseFormSchema,
  releaseManagerKeyFormSchema,
  releaseRefSchema,
  releasesBulkSchema,
} from "./schema";
import { parseFileLines, toNewReleaseFiles } from "./utils";

/** Every downloads-admin action authorizes here, whatever the page showed. */
const gate = adminGate(releasesSection.allowed);
const denied = "You may not manage downloads.";
const releasePath = (id: number) => `/admin/downloads/releases/${id}/`;

// The mutations' rule errors (slug taken, one button per OS, the download site's URL rules)
// come back as AppErrors keyed by their input names, the forms' field names: the wrapper shows
// them on those fields, and errors about the whole input above the form.

export const saveReleaseAction = defineAction({
  name: "admin.downloads.release",
  gate,
  denied,
  schema: releaseFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updateRelease(id, input, principal.userId) : createRelease(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "release.updated" : "release.created",
    targetType: "release",
    targetId: row.id,
  }),
  revalidate: () => ["/admin/downloads/"],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Release saved.", values }
      : { done: "Release created.", redirectTo: releasePath(row.id) },
});

/** The bulk "add files" form: every line checked first, then all files or none. */
export const addReleaseFilesAction = defineAction({
  name: "admin.downloads.files",
  gate,
  denied,
  schema: addFilesFormSchema,
  handler: async ({ input, principal }): Promise<FormState & { count?: number }> => {
    const systems = await listAdminOperatingSystems();
    const { files, errors } = parseFileLines(
      input.lines,
      systems.map((s) => s.slug),
    );
    if (errors.length) return { error: "Nothing was added: fix the lines below.", fields: { lines: errors } };
    const osId = new Map(systems.map((s) => [s.slug, s.id]));
    try {
      const count = await createReleaseFiles(
        input.releaseId,
        toNewReleaseFiles(files, osId),
        principal.userId,
      );
      return { done: `${count} file${count === 1 ? "" : "s"} added.`, count };
    } catch (e) {
      if (!isAppError(e) || e.status >= 500) throw e;
      return { error: "Nothing was added.", fields: { lines: Object.values(e.fields ?? {}).flat() } };
    }
  },
  audit: ({ input }, r) => ({
    action: "release_file.bulk_created",
    targetType: "release",
    targetId: input.releaseId,
    detail: { count: r.count ?? 0 },
  }),
  revalidate: ({ input }) => [releasePath(input.releaseId)],
  done: ({ done }): FormState => ({ done }),
});

/** Edits one file with the API's rules (download base, sidecars, one button per OS). */
export const saveReleaseFileAction = defineAction({
  name: "admin.downloads.files",
  gate,
  denied: "You may not change release files.",
  schema: releaseFileFormSchema,
  handler: ({ input, principal }) => updateReleaseFile(input.fileId, input.input, principal.userId),
  audit: ({ input }) => ({
    action: "release_file.updated",
    targetType: "release_file",
    targetId: input.fileId,
  }),
  revalidate: ({ input }) => [releasePath(input.releaseId)],
  done: (_row, { values }): FormState => ({ done: "File saved.", values }),
});

export const deleteReleaseFileAction = asFormAction(
  defineAction({
    name: "admin.downloads.files",
    gate,
    schema: releaseFileRefSchema,
    handler: ({ input }) => deleteReleaseFile(input.fileId),
    audit: ({ input }) => ({
      action: "release_file.deleted",
      targetType: "release_file",
      targetId: input.fileId,
    }),
    revalidate: ({ input }) => [releasePath(input.releaseId)],
  }),
);

export const releasesBulkAction = asFormAction(
  defineAction({
    name: "admin.downloads.bulk",
    gate,
    schema: releasesBulkSchema,
    handler: async ({ input, principal }) => {
      for (const id of input.ids)
        await updateRelease(id, { isPublished: input.op === "publish" }, principal.userId);
    },
    audit: ({ input }) => ({ action: `release.bulk_${input.op}`, detail: { count: input.ids.length } }),
    revalidate: () => ["/admin/downloads/"],
  }),
);

export const saveOperatingSystemAction = defineAction({
  name: "admin.downloads.os",
  gate,
  denied,
  schema: osFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updateOperatingSystem(id, input, principal.userId) : createOperatingSystem(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "os.updated" : "os.created",
    targetType: "os",
    targetId: row.id,
  }),
  revalidate: () => ["/admin/downloads/os/"],
  done: (row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: `${row.name} added.`, values: {} },
});

export const addReleaseManagerKeyAction = defineAction({
  name: "admin.downloads.keys",
  gate,
  denied,
  schema: releaseManagerKeyFormSchema,
  handler: async ({ input }): Promise<FormState & { key?: { id: number; fingerprint: string } }> => {
    try {
      return { done: "", key: await addReleaseManagerKey(input.name, input.armoredKey) };
    } catch (e) {
      // openpgp's own words: not a key, a private key, an unsupported packet...
      return fieldError("armoredKey", (e as Error).message);
    }
  },
  audit: (_ctx, r) =>
    r.key ? { action: "release_key.added", targetType: "release_key", targetId: r.key.id } : null,
  revalidate: () => ["/admin/downloads/keys/"],
  done: (r): FormState => ({ done: `Key ${r.key?.fingerprint} added.` }),
});

export const releaseManagerKeyAction = asFormAction(
  defineAction({
    name: "admin.downloads.keys",
    gate,
    schema: keyOpSchema,
    handler: ({ input }) => setReleaseManagerKeyActive(input.id, input.op === "activate"),
    audit: ({ input }) => ({
      action: `release_key.${input.op}d`,
      targetType: "release_key",
      targetId: input.id,
    }),
    revalidate: () => ["/admin/downloads/keys/"],
  }),
);

/** Queues the signature checks of a release's files again (e.g. after adding a key). */
export const checkSignaturesAction = asFormAction(
  defineAction({
    name: "admin.downloads.signatures",
    gate,
    schema: releaseRefSchema,
    handler: ({ input }) => emit("downloads/signatures.requested", { releaseId: input.releaseId }),
    audit: ({ input }) => ({
      action: "release.signatures_requested",
      targetType: "release",
      targetId: input.releaseId,
    }),
  }),
);

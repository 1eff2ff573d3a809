import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId } from "@/lib/admin/utils";
import { mailTemplatesSection } from "./constants";
import { getMailTemplate, listMailTemplates } from "./data";

export async function loadMailTemplates(path = "/admin/mail-templates/") {
  await requireAdmin(path, mailTemplatesSection);
  return listMailTemplates();
}

export async function loadMailTemplate(id: string) {
  await requireAdmin(`/admin/mail-templates/${id}/`, mailTemplatesSection);
  const t = dbId(id) === null ? null : await getMailTemplate(dbId(id)!);
  if (!t) notFound();
  return t;
}

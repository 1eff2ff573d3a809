/** The mail-template admin (§1.13): staff edit what membership, nominations, jobs and sponsors send. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditMailTemplates } from "@/lib/mailing/permissions";

export const mailTemplatesSection: AdminSection = {
  href: "/admin/mail-templates/",
  label: "Mail templates",
  allowed: canEditMailTemplates,
};

export const mailingAdmin: AdminSection[] = [mailTemplatesSection];

export const templateFields: FieldSpec[] = [
  {
    name: "internalName",
    label: "Internal name",
    help: "Lower-case letters, digits, hyphens and underscores.",
  },
  { name: "kind", label: "Kind", help: "Which part of the site sends it, e.g. sponsor_notification." },
  { name: "subject", label: "Subject", help: "Liquid: {{ name }} inserts a value of the mail's context." },
  { name: "content", label: "Content", kind: "textarea", rows: 14, mono: true },
];

/** The context a preview renders with: names the site's templates commonly use. */
export const PREVIEW_CONTEXT = {
  name: "Ada Lovelace",
  email: "ada@example.org",
  user: { username: "ada", first_name: "Ada", last_name: "Lovelace" },
  sponsor: { name: "Example Corp" },
  sponsorship: { level: "Gold", year: 2027 },
  job: { title: "Python Developer", company: "Example Corp" },
  election: { name: "2027 PSF Board Election" },
  site_url: "https://www.python.org",
};

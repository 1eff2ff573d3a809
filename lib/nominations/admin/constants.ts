/** The elections admin (apps/nominations admin: kinds, elections with nominees and nominations). */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canManageElections } from "@/lib/nominations/permissions";

export const nominationsSection: AdminSection = {
  href: "/admin/nominations/",
  label: "Elections",
  allowed: canManageElections,
};

export const nominationsAdmin: AdminSection[] = [nominationsSection];

export const kindFields: FieldSpec[] = [
  { name: "name", label: "Name", help: "The slug is made from the name on every save." },
  {
    name: "accentColor",
    label: "Accent colour",
    help: "A hex colour such as #0073b7; it themes the election pages.",
  },
  {
    name: "nominationForm",
    label: "Nomination form",
    kind: "select",
    options: [
      { value: "board", label: "PSF Board" },
      { value: "packaging_council", label: "Packaging Council" },
    ],
  },
];

export const electionFields = (kinds: { id: number; name: string }[]): FieldSpec[] => [
  { name: "name", label: "Name", help: "The slug is made from the name on every save." },
  {
    name: "kindId",
    label: "Kind",
    kind: "select",
    options: [{ value: "", label: "(none)" }, ...kinds.map((k) => ({ value: String(k.id), label: k.name }))],
  },
  { name: "date", label: "Election date", kind: "date" },
  { name: "nominationsOpenAt", label: "Nominations open (UTC)", kind: "datetime" },
  { name: "nominationsCloseAt", label: "Nominations close (UTC)", kind: "datetime" },
  { name: "description", label: "Description (Markdown)", kind: "textarea", rows: 6 },
  {
    name: "hidePreviousService",
    label: "Hide previous service",
    kind: "checkbox",
    help: "For an inaugural election, where nobody has served before.",
  },
];

export const NOMINEE_CSV_HEADER = ["Nominee", "Username", "Email", "Accepted", "Approved", "Nominations"];

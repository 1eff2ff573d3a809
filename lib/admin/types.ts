import type { Principal } from "@/lib/users/types";

/**
 * One admin screen in the sidebar, with the permission that guards it. Each domain exports its
 * list from `lib/<domain>/admin/constants.ts` (e.g. `downloadsAdmin`) and lib/site/admin/sections.ts
 * lists them, one line per domain. The same `allowed` gates the screen's pages (requireAdmin)
 * and actions (adminGate), so the sidebar never shows what the server would refuse.
 */
export type AdminSection = { href: string; label: string; allowed: (p: Principal) => boolean };

/** A section as the layout renders it (no functions cross into components). */
export type AdminNavItem = { href: string; label: string };

export type FieldKind =
  "text" | "textarea" | "checkbox" | "checkboxes" | "select" | "date" | "datetime" | "number" | "url" | "file";

/**
 * One field of an admin form (components/admin/model-form), Django ModelAdmin's `fields` in our
 * own shape. Plain data, so a domain describes its forms in lib/<domain>/admin/constants.ts and
 * a server page hands the description to the client form. The schema that validates the form
 * lives in lib/<domain>/admin/schema.ts; its field errors come back keyed by these names.
 */
export type FieldSpec = {
  name: string;
  label: string;
  kind?: FieldKind;
  help?: string;
  /** select and checkboxes (a many-to-many, e.g. groups). */
  options?: readonly { value: string; label: string }[];
  rows?: number;
  /** Monospace textareas (keys, file lists). */
  mono?: boolean;
  /** file: the types the picker offers (the server checks the bytes whatever it says). */
  accept?: string;
};

export type FieldValue = string | number | boolean | null | undefined | readonly string[];
export type FieldValues = Record<string, FieldValue>;

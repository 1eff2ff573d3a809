/**
 * FormData as zod sees it. Server actions receive FormData; the action wrapper (lib/actions)
 * turns it into a plain object (one key → a string, repeated keys → an array, files kept) and
 * these preprocessors give the usual form controls their types in a schema.
 */
import { z } from "zod";

export type FormValues = Record<string, string | string[] | File | File[]>;

/** FormData → object. Next's own `$ACTION_*` fields are dropped. */
export function formDataToObject(form: FormData): FormValues {
  const out: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key);
    out[key] = (all.length === 1 ? all[0] : all) as FormValues[string];
  }
  return out;
}

/** An HTML checkbox: present ("on", "true", "1") is true, absent is false. */
export const checkbox = () =>
  z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** A control that may repeat (checkbox groups, multi-selects): always an array. */
export const many = <S extends z.ZodType>(item: S) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** A text input: trimmed; empty stays "" (use `.min(1)` for required fields). */
export const text = () => z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), z.string());

/** An optional number input: "" is undefined. */
export const optionalInt = () =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().optional());

/**
 * What the form shows again after an error: every text value the person typed, except secrets
 * (AC: a failed form loses nothing, but never echoes a password or a token).
 */
export function keptValues(values: FormValues, omit: (key: string) => boolean = isSecretField): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(values))
    if (typeof value === "string" && !omit(key)) kept[key] = value;
  return kept;
}

/**
 * Fields that may hold a password, a token or a key, by name: the account forms call the current
 * password `current` (change password, change e-mail) and `confirmation` (delete account).
 */
export const isSecretField = (key: string) =>
  /password|passwd|^current$|confirmation|token|secret|^key$|api_?key/i.test(key);

import type { Tx } from "../types";
import { MapError } from "./common";

/**
 * Django's users_user.username is unique as typed and its email not unique at all; ours are both
 * unique whatever their case (users_user_username_lower, users_user_email_lower: python.org's
 * forms and sign-in treat "Alice" and "alice" as one name, and an address signs in one account).
 * A row whose name or address another account already has, in any case, fails with a reason that
 * says so, and the rest of the batch lands (the batch is retried row by row); the person importing
 * changes one of the two in Django and imports again. Read only: dry runs report it too.
 */
export async function refuseCaseOnlyClashes(
  tx: Tx,
  rows: Record<string, unknown>[],
  earlier: Record<string, unknown>[] = [],
) {
  await refuseClashes(tx, rows, earlier, "username");
  await refuseClashes(tx, rows, earlier, "email");
}

async function refuseClashes(
  tx: Tx,
  rows: Record<string, unknown>[],
  earlier: Record<string, unknown>[],
  field: "username" | "email",
) {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const value = String(r[field] ?? "");
    if (!value) continue; // no address: nothing to clash with
    const key = value.toLowerCase();
    const twin = byKey.get(key);
    if (twin) throw clash(field, r, String(twin[field]), twin.legacyId as number | null);
    byKey.set(key, r);
  }
  if (!byKey.size) return;
  // Rows of this run before this batch (on a dry run the database does not hold them).
  for (const e of earlier) {
    const r = byKey.get(String(e[field] ?? "").toLowerCase());
    if (r && e.legacyId !== r.legacyId) throw clash(field, r, String(e[field]), e.legacyId as number | null);
  }
  const keys = [...byKey.keys()];
  const stored =
    field === "username"
      ? await tx.$queryRaw<{ value: string; username: string; legacy_id: number | null }[]>`
          SELECT username AS value, username, legacy_id FROM users_user WHERE lower(username) = ANY(${keys}::text[])`
      : await tx.$queryRaw<{ value: string; username: string; legacy_id: number | null }[]>`
          SELECT email AS value, username, legacy_id FROM users_user
          WHERE email <> '' AND lower(email) = ANY(${keys}::text[])`;
  for (const s of stored) {
    const r = byKey.get(s.value.toLowerCase())!;
    // The same Django user again (a change of case is an update), or the row it adopts by name.
    if (s.legacy_id === r.legacyId || (s.legacy_id === null && s.username === r.username)) continue;
    throw clash(field, r, s.value, s.legacy_id);
  }
}

function clash(
  field: "username" | "email",
  row: Record<string, unknown>,
  other: string,
  otherPk: number | null,
) {
  const whose = otherPk === null ? "an account made on this site" : `Django user pk ${otherPk}`;
  const value = String(row[field]);
  if (field === "username")
    return new MapError(
      `username "${value}" differs only in case from "${other}" (${whose}); ` +
        "usernames are unique whatever their case here: rename one of them and import again",
    );
  return new MapError(
    `email "${value}" is ${value === other ? "also the" : `"${other}" but for case, the`} address of ${whose}; ` +
      "an address belongs to one account here, whatever its case: change one of them and import again",
  );
}

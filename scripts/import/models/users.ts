/**
 * apps/users and Django's auth: users (PBKDF2 hashes kept as they are: lib/users/passwords
 * verifies them and rehashes to argon2id on the first sign-in), groups, permissions (Django's
 * per-model add/change/delete/view codenames folded onto our named permissions), allauth e-mail
 * addresses (the primary one becomes the account's address and its verification), Tastypie API
 * keys and DRF tokens (stored as hashes, so old keys keep working).
 */
import { bannersPermissions } from "../../../lib/banners/permissions";
import { blogsPermissions } from "../../../lib/blogs/permissions";
import { boxesPermissions } from "../../../lib/boxes/permissions";
import { codeSamplesPermissions } from "../../../lib/code-samples/permissions";
import { companiesPermissions } from "../../../lib/companies/permissions";
import { downloadsPermissions } from "../../../lib/downloads/permissions";
import { eventsPermissions } from "../../../lib/events/permissions";
import { jobsPermissions } from "../../../lib/jobs/permissions";
import { minutesPermissions } from "../../../lib/minutes/permissions";
import { navigationPermissions } from "../../../lib/navigation/permissions";
import { pagesPermissions } from "../../../lib/pages/permissions";
import { sponsorsPermissions } from "../../../lib/sponsors/permissions";
import { successStoriesPermissions } from "../../../lib/success-stories/permissions";
import { workGroupsPermissions } from "../../../lib/work-groups/permissions";
import { hashApiKey } from "../../../lib/users/utils";
import type { DumpRow, MapContext, Mapping } from "../types";
import { bool, date, fk, legacyPk, many, markupField, markupSpec, MapError, str } from "./common";
import { refuseCaseOnlyClashes } from "./user-clashes";

/** Django app label → the permission of ours that its change/add/delete permissions grant. */
const BY_APP: Record<string, string> = {
  pages: pagesPermissions.edit,
  boxes: boxesPermissions.edit,
  blogs: blogsPermissions.edit,
  sitetree: navigationPermissions.edit,
  banners: bannersPermissions.edit,
  codesamples: codeSamplesPermissions.edit,
  minutes: minutesPermissions.edit,
  work_groups: workGroupsPermissions.edit,
  companies: companiesPermissions.edit,
  downloads: downloadsPermissions.manage,
  events: eventsPermissions.manage,
  jobs: jobsPermissions.moderate,
  successstories: successStoriesPermissions.edit,
  sponsors: sponsorsPermissions.manage,
};
/** Custom permissions with a meaning of their own (Meta.permissions). */
const BY_CODENAME: Record<string, string> = {
  "sponsors.sponsor_publisher": sponsorsPermissions.publish,
  "jobs.can_moderate_jobs": jobsPermissions.moderate,
};

/** Our permission for Django's `app.codename`, or null when it grants nothing here. */
export function ourPermission(app: string, codename: string): string | null {
  const special = BY_CODENAME[`${app}.${codename}`];
  if (special) return special;
  if (/^view_/.test(codename)) return null; // reading the admin is not editing
  if (!/^(add|change|delete)_/.test(codename)) return null;
  return BY_APP[app] ?? null;
}

const contentType: Mapping = {
  model: "contenttypes.contenttype",
  lookup: (row) => `${str(row.fields.app_label)}.${str(row.fields.model)}`,
};

function permissionApp(row: DumpRow, ctx: MapContext): string {
  const ct = row.fields.content_type;
  const label = Array.isArray(ct) ? ct.map(String).join(".") : ctx.lookup("contenttypes.contenttype", ct);
  if (!label) throw new MapError(`content_type ${JSON.stringify(ct)} is not in the dump`);
  return label.split(".")[0]!;
}

const permission: Mapping = {
  model: "auth.permission",
  table: "permission",
  identity: "codename",
  dependsOn: ["contenttypes.contenttype"],
  map(row, ctx) {
    const app = permissionApp(row, ctx);
    const codename = str(row.fields.codename);
    const ours = ourPermission(app, codename);
    if (!ours) return { skip: "grants nothing on this site" };
    const ct = row.fields.content_type;
    const model = Array.isArray(ct)
      ? String(ct[1])
      : (ctx.lookup("contenttypes.contenttype", ct) ?? "").split(".")[1];
    return { data: { codename: ours, name: ours }, naturalKeys: [`${codename}|${app}|${model}`] };
  },
};

/** Permission references that point at a permission granting nothing here are dropped, not failed. */
function permissionIds(ctx: MapContext, keys: unknown): number[] {
  if (!Array.isArray(keys)) return [];
  return keys.map((k) => ctx.ref("auth.permission", k)).filter((id): id is number => id !== undefined);
}

const group: Mapping = {
  model: "auth.group",
  table: "group",
  dependsOn: ["auth.permission"],
  adopt: (d) => ({ name: d.name }),
  naturalKey: { field: "name" },
  links: { permissions: { table: "groupPermission", own: "groupId", other: "permissionId" } },
  map(row, ctx) {
    const name = str(row.fields.name);
    return {
      data: { legacyId: legacyPk(row.pk), name },
      links: { permissions: permissionIds(ctx, row.fields.permissions) },
      naturalKeys: [name],
    };
  },
};

const user: Mapping = {
  model: "users.user",
  table: "user",
  dependsOn: ["auth.group", "auth.permission", "account.emailaddress"],
  adopt: (d) => ({ username: d.username }),
  naturalKey: { field: "username" },
  check: refuseCaseOnlyClashes,
  markup: [markupSpec("bio")],
  links: {
    groups: { table: "userGroup", own: "userId", other: "groupId" },
    permissions: { table: "userPermission", own: "userId", other: "permissionId" },
  },
  map(row, ctx) {
    const f = row.fields;
    const username = str(f.username);
    if (!username) throw new MapError("username is required");
    const password = str(f.password);
    const address = primaryAddress(row, username, ctx);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        username,
        // "!..." is Django's unusable password (set_unusable_password): no password sign-in.
        password: password && !password.startsWith("!") ? password : null,
        firstName: str(f.first_name),
        lastName: str(f.last_name),
        email: address?.email ?? str(f.email),
        // allauth keeps no verification time: the account's joining date stands for it.
        emailVerified: address?.verified ? (date(f.date_joined) ?? null) : null,
        isStaff: bool(f.is_staff),
        isActive: bool(f.is_active, true),
        isSuperuser: bool(f.is_superuser),
        dateJoined: date(f.date_joined) ?? undefined,
        lastLogin: date(f.last_login),
        ...markupField(f, "bio", "bio", "markdown"),
        searchVisibility: f.search_visibility === 0 ? 0 : 1,
        emailPrivacy: [0, 1, 2].includes(f.email_privacy as number) ? (f.email_privacy as number) : 2,
        publicProfile: bool(f.public_profile, true),
      },
      links: {
        groups: many(ctx, "auth.group", f.groups, "groups"),
        permissions: permissionIds(ctx, f.user_permissions),
      },
      naturalKeys: [username],
    };
  },
};

/**
 * allauth's addresses are read before the users: the primary one is the account's address (one
 * address per account here), verified or not as allauth says.
 */
const emailAddress: Mapping = {
  model: "account.emailaddress",
  lookup(row) {
    const f = row.fields;
    if (!f.primary) return { skip: "not the primary address (an account has one address here)" };
    const key = Array.isArray(f.user) ? f.user : String(f.user);
    return {
      key,
      value: JSON.stringify({ email: str(f.email), verified: Boolean(f.verified) }),
      reported: "primary address: the user's address and its verification",
    };
  },
};

function primaryAddress(
  row: DumpRow,
  username: string,
  ctx: MapContext,
): { email: string; verified: boolean } | null {
  const found =
    ctx.lookup("account.emailaddress", String(row.pk)) ?? ctx.lookup("account.emailaddress", [username]);
  return found ? (JSON.parse(found) as { email: string; verified: boolean }) : null;
}

const apiKey: Mapping = {
  model: "tastypie.apikey",
  table: "apiKey",
  dependsOn: ["users.user"],
  map(row, ctx) {
    const key = str(row.fields.key);
    if (!key) return { skip: "no key" };
    return {
      data: {
        legacyId: legacyPk(row.pk),
        userId: fk(ctx, "users.user", row.fields.user, "user"),
        kind: "v1_apikey",
        name: "Imported API key",
        keyHash: hashApiKey(key),
        prefix: key.slice(0, 8),
        createdAt: date(row.fields.created) ?? undefined,
      },
    };
  },
};

const token: Mapping = {
  model: "authtoken.token",
  table: "apiKey",
  identity: "keyHash",
  dependsOn: ["users.user"],
  map(row, ctx) {
    const key = str(row.pk);
    if (!key) return { skip: "no key" };
    return {
      data: {
        userId: fk(ctx, "users.user", row.fields.user, "user"),
        kind: "v2_token",
        name: "Imported API token",
        keyHash: hashApiKey(key),
        prefix: key.slice(0, 8),
        createdAt: date(row.fields.created) ?? undefined,
      },
    };
  },
};

export const usersMappings: Mapping[] = [contentType, permission, group, user, emailAddress, apiKey, token];

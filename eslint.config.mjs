// ESLint flat config: Next's rules plus the import boundaries of STYLE.md, written so that a
// broken rule explains itself. Self-tests: tests/unit/lint/eslint-rules.test.ts.
//
// Two rules carry the boundaries so that overlapping globs never silently replace each other
// (in a flat config the last matching object's options for a rule win outright):
// - `no-restricted-imports` holds the LAYERS (who may import which folder of lib/); every file
//   falls in exactly one layer object below, later objects refining earlier ones;
// - `@typescript-eslint/no-restricted-imports` holds the FILE-KIND rules (pages, components,
//   route handlers, background functions, data/mutations, schema, actions), whose globs are
//   disjoint by folder or file name.
import { readdirSync } from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import importPlugin from "eslint-plugin-import";

const msg = (why) => `STYLE.md layering: ${why}`;

// Folders of lib/ that are not domains: infrastructure, the HTTP adapter, the action wrapper,
// the admin kit, the composition roots and Prisma's generated client.
const NOT_DOMAINS = new Set(["platform", "api", "actions", "admin", "site", "generated"]);
// Read at config load, so a new lib/<domain>/ folder is covered without editing this file.
const DOMAINS = readdirSync(path.join(import.meta.dirname, "lib"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_DOMAINS.has(d.name))
  .map((d) => d.name)
  .sort();

const PRISMA = ["@/lib/generated/**", "**/generated/prisma/**", "@prisma/client", "@prisma/client/**"];
const DB = ["@/lib/platform/db", "**/lib/platform/db", "@/lib/db", "**/lib/db"];
const SOURCES = ["**/*.{ts,tsx,mts,mjs,js}"];

// ── File-kind rules (the caller table of STYLE.md) ────────────────────────────────────────────
const pageData = {
  group: ["@/lib/**/data", "**/lib/**/data", "@/lib/**/mutations", "**/lib/**/mutations", ...DB, ...PRISMA],
  message: msg(
    "pages and layouts read through lib/<domain>/**/loaders (and write through actions); data, mutations, lib/platform/db and Prisma stay behind them.",
  ),
};
const componentAdminData = {
  group: ["@/lib/**/admin/data", "**/lib/**/admin/data"],
  message: msg(
    "components never read admin data; the admin page loads it through the domain's admin loaders and passes it as props.",
  ),
};
const componentData = {
  group: ["@/lib/**/data", "**/lib/**/data", "@/lib/**/mutations", "**/lib/**/mutations", ...DB, ...PRISMA],
  message: msg(
    "components get their data as props and may import lib/<domain>/**/schema, types, constants and utils; never data, mutations, lib/platform/db or Prisma.",
  ),
};
const loaders = {
  group: ["@/lib/**/loaders", "**/lib/**/loaders"],
  message: msg(
    "route handlers and background functions use data/mutations; loaders are for pages (they own notFound/redirect and request context).",
  ),
};
const routeDb = {
  group: DB,
  message: msg("route handlers call lib/<domain>/**/data or mutations, never the database client directly."),
};
const noRequest = {
  group: ["next/headers", "next/navigation"],
  message: msg("background functions have no request: no next/headers or next/navigation."),
};
const dataRuntime = {
  group: [
    "next/headers",
    "next/navigation",
    "@/lib/users/session/services",
    "**/users/session/services",
    "@/lib/auth",
  ],
  message: msg(
    "data.ts and mutations.ts take explicit arguments; request context (next/headers), redirects (next/navigation) and the session belong to loaders, actions and handlers.",
  ),
};
const schemaPrisma = {
  group: [...DB, ...PRISMA],
  message: msg("schema.ts holds zod schemas only; no Prisma or database import (types come from z.infer)."),
};
const actionDb = {
  group: [...DB, ...PRISMA],
  message: msg(
    "actions.ts authorizes, validates and calls mutations (or data); it never touches lib/platform/db or Prisma itself.",
  ),
};
const fileKind = (patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

// ── Layer rules ───────────────────────────────────────────────────────────────────────────────
const alt = (names) => names.join("|");
/** Any `@/lib/<folder>` import except the folders named (regex over the specifier). */
const libExcept = (allowed) => `^@/lib/(?!(?:${alt(allowed)})(?:/|$))`;
// Imports use the `@/` alias except same-folder `./x`, so every boundary above sees the real
// target (a `../../downloads/x` would slip past the `@/lib/...` patterns). `.mjs` modules are
// exempt: next.config.mjs and the cache handlers load them with plain Node, which knows no alias.
const relativeParent = {
  regex: "^\\.\\./(?!.*\\.mjs$)",
  message: msg('imports use the @/ alias ("@/lib/<domain>/...") except same-folder "./x"; a "../" path hides which layer it reaches.'),
};
const aboveLib = {
  group: ["@/app/**", "@/components/**"],
  message: msg("lib/ is below app/ and components/; it never imports them."),
};
const platformLayer = [
  {
    regex: libExcept(["platform", "generated"]),
    message: msg(
      "lib/platform is infrastructure and imports nothing above it: no domain, no lib/api, lib/actions, lib/admin or lib/site. Pass what it needs as an argument, or move the code up.",
    ),
  },
  {
    group: ["@/inngest/**", "**/inngest/**"],
    message: msg("lib/platform never imports inngest/; domains emit events through @/inngest/client."),
  },
  aboveLib,
  relativeParent,
];
const adapterLayer = (name) => [
  {
    regex: libExcept(["platform", "users", "generated", name]),
    message: msg(
      `lib/${name} is an adapter: it imports only lib/platform, lib/users and generated types, never a domain. Domains plug into it (their api/ or actions.ts), not the other way round.`,
    ),
  },
  {
    group: ["@/inngest/**"],
    message: msg(`lib/${name} does not emit events; the domain code it calls does.`),
  },
  aboveLib,
  relativeParent,
];
const adminKitLayer = [
  {
    regex: libExcept(["platform", "users", "actions", "admin", "generated"]),
    message: msg(
      "lib/admin is the admin kit: it imports lib/platform, lib/users and lib/actions only. A domain registers its screens in a composition root (lib/site).",
    ),
  },
  {
    group: ["@/inngest/**"],
    message: msg("the admin kit does not emit events; the domain mutations it calls do."),
  },
  aboveLib,
  relativeParent,
];
/** A domain's own code; `extra` lists the adapters its api/, admin/ or actions.ts may use. */
const domainLayer = (domain, extra = [], where = `lib/${domain}/**`) => [
  {
    regex: libExcept(["platform", "users", "generated", domain, ...extra]),
    message: msg(
      `${where} imports lib/platform, lib/users, @/inngest/client and itself${extra.length ? `, plus ${extra.map((e) => `lib/${e}`).join(" and ")}` : ""}; never another domain${extra.includes("api") ? "" : " or lib/api"}${extra.includes("actions") ? "" : ", lib/actions, lib/admin"} or lib/site. Shared needs go down into lib/platform, or the wiring goes up into a composition root (lib/site, app/).`,
    ),
  },
  {
    regex: "^@/inngest/(?!client$)",
    message: msg(`${where} emits events through @/inngest/client only; functions are wired in inngest/.`),
  },
  aboveLib,
  relativeParent,
];
const layer = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

// `process.env` is read and validated in one place (STYLE.md rule 10). Exempt: code that runs
// before or outside the app's env module: build and test configuration (*.config.*, next.config),
// the standalone Next cache handlers (loaded by Next in their own context), CLI scripts and the
// seed (they set up the environment env.ts reads), tests (they set it up too), and
// instrumentation.ts (Next documents `process.env.NEXT_RUNTIME` as the literal it inlines per runtime).
const ENV_EXEMPT = [
  "lib/platform/env.ts",
  "scripts/**",
  "tests/**",
  "**/*.test.{ts,tsx}",
  "**/*.config.*",
  "next.config.mjs",
  "cache-handlers/**",
  "prisma/seed.ts",
  "instrumentation.ts",
];

// import/order, blind to `import type` (the plugin has no option for it): a type import is
// erased at compile time, so it may sit anywhere; value imports keep the group order.
const orderRule = importPlugin.rules.order;
const pydotorg = {
  rules: {
    "import-order": {
      meta: orderRule.meta,
      create(context) {
        const listeners = orderRule.create(context);
        const onImport = listeners.ImportDeclaration;
        return {
          ...listeners,
          ImportDeclaration(node) {
            if (node.importKind !== "type") onImport?.(node);
          },
        };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    plugins: { pydotorg },
    settings: { "import/internal-regex": "^@/" },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Node built-ins, packages, `@/` project modules, then relative ones; `import type` anywhere.
      "pydotorg/import-order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "ignore",
        },
      ],
    },
  },
  {
    files: SOURCES,
    ignores: ENV_EXEMPT,
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: msg("process.env is read only in lib/platform/env.ts (validated by zod); import { env } from \"@/lib/platform/env\"."),
        },
      ],
    },
  },

  // File kinds.
  {
    files: ["app/**/{page,layout,template,not-found,error,global-error,loading,default}.tsx"],
    rules: fileKind([pageData]),
  },
  { files: ["components/**"], rules: fileKind([componentAdminData, componentData]) },
  { files: ["app/**/route.ts"], rules: fileKind([loaders, routeDb]) },
  { files: ["inngest/functions/**"], rules: fileKind([loaders, noRequest]) },
  { files: ["lib/**/data.ts", "lib/**/mutations.ts"], rules: fileKind([dataRuntime]) },
  { files: ["lib/**/schema.ts"], rules: fileKind([schemaPrisma]) },
  { files: ["lib/**/actions.ts", "app/**/actions.ts"], rules: fileKind([actionDb]) },
  {
    files: ["lib/**/actions.ts", "app/**/actions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: 'Program > :first-child:not(ExpressionStatement[directive="use server"])',
          message: msg('actions.ts starts with "use server": every export is a server action, nothing else.'),
        },
      ],
    },
  },

  // Composition roots import anything, but by alias.
  { files: ["app/**", "components/**", "inngest/**", "lib/site/**", "proxy.ts"], rules: layer([relativeParent]) },
  // Layers: one object per folder; for a domain, its api/, admin/ and actions.ts come after the
  // domain-wide object so that they replace it.
  { files: ["lib/platform/**"], rules: layer(platformLayer) },
  { files: ["lib/api/**"], rules: layer(adapterLayer("api")) },
  { files: ["lib/actions/**"], rules: layer(adapterLayer("actions")) },
  { files: ["lib/admin/**"], rules: layer(adminKitLayer) },
  ...DOMAINS.flatMap((d) => [
    { files: [`lib/${d}/**`], rules: layer(domainLayer(d)) },
    { files: [`lib/${d}/**/api/**`], rules: layer(domainLayer(d, ["api"], `lib/${d}/**/api/**`)) },
    {
      files: [`lib/${d}/**/admin/**`, `lib/${d}/**/actions.ts`],
      rules: layer(domainLayer(d, ["actions", "admin"], `lib/${d}/**/admin/** and actions.ts`)),
    },
  ]),
  // Tests beside the code are composition roots like tests/** (they wire factories, other domains
  // and mocks, and never ship): no layer or file-kind rule, but still the @/ alias.
  {
    files: ["{app,components,inngest,lib}/**/*.test.{ts,tsx}"],
    rules: { ...layer([relativeParent]), "@typescript-eslint/no-restricted-imports": "off" },
  },
];

export default config;

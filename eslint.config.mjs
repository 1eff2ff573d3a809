// ESLint flat config: Next's rules plus the import boundaries of STYLE.md, written so that a
// broken rule explains itself.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const msg = (why) => `STYLE.md layering: ${why}`;
const dataLayer = {
  group: ["@/lib/*/data", "@/lib/*/data.ts", "**/lib/*/data", "@/lib/db", "**/lib/db", "@/lib/generated/*", "**/generated/prisma/*"],
  message: msg("pages, layouts and components read through lib/<domain>/loaders, never the data layer or Prisma."),
};
const loaders = {
  group: ["@/lib/*/loaders", "**/lib/*/loaders"],
  message: msg("route handlers and background functions use data/mutations; loaders are for pages (they own notFound/redirect)."),
};
const nextRuntime = {
  group: ["next/headers", "next/navigation", "@/lib/auth", "**/lib/auth"],
  message: msg("the data layer takes explicit arguments; request context and auth gates belong to loaders, actions and handlers."),
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/page.tsx", "app/**/layout.tsx", "app/**/not-found.tsx", "app/**/error.tsx", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [dataLayer] }] },
  },
  {
    files: ["app/api/**/route.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [loaders, { group: ["@/lib/db", "**/lib/db"], message: msg("route handlers call lib/<domain>/data or mutations, not Prisma directly.") }] },
      ],
    },
  },
  {
    files: ["inngest/functions/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [loaders, { group: ["next/headers"], message: msg("background functions have no request.") }] }] },
  },
  {
    files: ["lib/*/data.ts", "lib/*/mutations.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [nextRuntime] }] },
  },
  {
    files: ["lib/*/schema.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "**/lib/db", "**/generated/prisma/*"], message: msg("schema.ts holds zod schemas only; no Prisma import.") }] }],
    },
  },
];

export default config;

# syntax=docker/dockerfile:1
# The app as an image (issue #22, Build 10): Next's standalone output on Debian's slim Node 20,
# run as the image's unprivileged `node` user, with a health check on /api/health/.
# Targets: `runtime` (the default, last stage) serves the site; `tools` holds the full source
# and dev dependencies for release steps: migrations (`migrate` in docker-compose.yml), the
# seed, `npm run job`, `npm run import:django`, `npm run search:reindex`.
# docs/operations.md, "Docker", says how to build, run, migrate and scale it.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- deps: node_modules from the lockfile ---------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Install scripts stay off: the ones in the tree download Prisma's native engines (never used:
# migrations and queries run on WASM and the pg adapter, DESIGN.md), send telemetry (@scarf) or
# only check a binary that the optional dependencies already provide.
# `npm ci` first; a lockfile made on a registry mirror that serves only the Linux x64 builds of
# per-platform packages is refused by `npm ci` on other platforms (.ci/run says why), and then
# `npm install` installs the same locked versions.
RUN npm ci --ignore-scripts --no-audit --no-fund 2>/tmp/npm-ci.err \
  || { grep -q "Missing: .* from lock file" /tmp/npm-ci.err || { cat /tmp/npm-ci.err; exit 1; }; \
       npm install --ignore-scripts --no-audit --no-fund; }

# --- source: the tree with its generated Prisma client -------------------------------------------
FROM deps AS source
COPY . .
RUN node node_modules/tsx/dist/cli.mjs scripts/db/generate.ts --force

# --- tools: release steps (migrate, seed, jobs, imports) -----------------------------------------
FROM source AS tools
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
RUN chown -R node:node /app
USER node
CMD ["node", "node_modules/tsx/dist/cli.mjs", "scripts/db/cli.ts", "migrate"]

# --- build: next build with standalone output ----------------------------------------------------
FROM source AS build
# `next build` prerenders from a database: scripts/build-standalone.ts runs a throwaway, empty
# PostgreSQL cluster for it (Debian's, in this stage only).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
# next.config.mjs wires the Redis cache handlers only when REDIS_URL is set at build time: any
# URL will do. No Redis is reached during the build (the handlers fail open), so nothing the build
# renders is kept: every page renders from the real database on its first request. The run-time
# REDIS_URL is the one the handlers use; without one at run time they cache nothing.
ARG REDIS_URL=redis://redis:6379/0
# Start-up refuses a production environment without AUTH_SECRET, and the build loads the same
# modules: a throwaway value for this one command, kept in no layer. The real one is set at run time.
RUN AUTH_SECRET="build-only-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    node node_modules/tsx/dist/cli.mjs scripts/build-standalone.ts

# --- runtime: only the standalone server ---------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# reStructuredText is rendered by Python's docutils (lib/platform/markup/rst.ts).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-docutils \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# HOSTNAME: the standalone server listens on it, and Docker sets it to the container id.
# KEEP_ALIVE_TIMEOUT: idle connections outlive a load balancer's (what `npm start` passes).
# EMBEDDED_DATA_DIR: uploaded files (MEDIA_ROOT defaults to its media/), a volume in compose.
# MALLOC_ARENA_MAX and the heap cap: what `npm start` sets (scripts/memory-env.ts, keep in step).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    KEEP_ALIVE_TIMEOUT=65000 EMBEDDED_DATA_DIR=/data \
    MALLOC_ARENA_MAX=2 NODE_OPTIONS=--max-old-space-size=384
RUN mkdir -p /data/media && chown -R node:node /data
# server.js, the traced node_modules and server code; then what the standalone output leaves
# out: the client assets and public/. The cache handlers (cache-handlers/*.mjs) are traced in.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
VOLUME ["/data"]
# Node's own fetch: the slim image has no curl. 200 when the database (and Redis, when set) answer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]

/**
 * The soak's mixed load: each operation is one route of the mix (a page, an API, search, a
 * sign-in, a write), picked by weight, timed from its first byte sent to its last byte read.
 * `driveClosed` measures capacity (N connections, each starting its next operation when the
 * last answers); `driveOpen` holds a rate (operations start on schedule, answered or not).
 */
import { pickWeighted, type RouteTally } from "./soak-stats";

export type Outcome = { status: number; acknowledged: boolean; requests: number };
export type Op = { route: string; weight: number; expected: number; run: () => Promise<Outcome> };

export type SoakContext = {
  base: string;
  /** A seeded user's login and password for the sign-in operation. */
  login: string;
  password: string;
  /** `ApiKey <user>:<key>` of a staff user, and the draft release and OS the writes attach to. */
  apiKey: string;
  releaseUri: string;
  osUri: string;
  /** Unique per run: every write's URL carries it, so the database check finds exactly this run's rows. */
  runId: string;
};

const TIMEOUT_MS = 30_000;
export const MAX_IN_FLIGHT = 256;

/** The URL prefix of this run's writes (the marker the database check looks for). */
export const writeUrlPrefix = (runId: string) => `https://www.python.org/ftp/python/soak/${runId}/`;

async function get(ctx: SoakContext, path: string): Promise<Outcome> {
  const res = await fetch(`${ctx.base}${path}`, {
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.arrayBuffer();
  return { status: res.status, acknowledged: true, requests: 1 };
}

/** next-auth's credentials flow as a browser form does it: CSRF token and cookie, then the callback. */
async function signIn(ctx: SoakContext): Promise<Outcome> {
  const csrf = await fetch(`${ctx.base}/api/auth/csrf`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (csrf.status !== 200) return { status: csrf.status, acknowledged: false, requests: 1 };
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${ctx.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({
      login: ctx.login,
      password: ctx.password,
      csrfToken,
      json: "true",
      callbackUrl: "/",
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.arrayBuffer();
  // Signed in means a session cookie came back, whatever the status says.
  const session = res.headers.getSetCookie().some((c) => /session-token=[^;]/.test(c));
  return { status: res.status, acknowledged: session, requests: 2 };
}

/**
 * A release file created through API v1, acknowledged by the id in its 201's Location; the
 * URL is the unique marker the database check looks up afterwards.
 */
export function createWriteOp(ctx: SoakContext, acked: Map<string, number>): Op {
  let n = 0;
  return {
    route: "POST /api/v1/downloads/release_file/",
    weight: 2,
    expected: 201,
    run: async () => {
      const i = ++n;
      const url = `${writeUrlPrefix(ctx.runId)}${i}.tgz`;
      const res = await fetch(`${ctx.base}/api/v1/downloads/release_file/`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: ctx.apiKey },
        body: JSON.stringify({
          name: `Soak ${ctx.runId} file ${i}`,
          os: ctx.osUri,
          release: ctx.releaseUri,
          url,
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.arrayBuffer();
      const id = /\/(\d+)\/$/.exec(res.headers.get("location") ?? "")?.[1];
      if (res.status === 201 && id) acked.set(url, Number(id));
      return { status: res.status, acknowledged: res.status === 201 && Boolean(id), requests: 1 };
    },
  };
}

/** The mix, by weight: cached pages most, then the APIs, search, and a few sign-ins and writes. */
export function createMix(ctx: SoakContext, acked: Map<string, number>): Op[] {
  const page = (route: string, weight: number, path = route): Op => ({
    route: `GET ${route}`,
    weight,
    expected: 200,
    run: () => get(ctx, path),
  });
  return [
    page("/", 8),
    page("/downloads/", 6),
    page("/downloads/release/python-3140/", 5),
    page("/about/", 5),
    page("/events/", 4),
    page("/jobs/", 4),
    page("/api/v2/downloads/release/", 4),
    page("/api/v1/downloads/release/?limit=20", 4),
    page("/search/?q=python", 3),
    page("/api/search/?q=python", 3),
    { route: "sign-in (CSRF + credentials callback)", weight: 2, expected: 200, run: () => signIn(ctx) },
    createWriteOp(ctx, acked),
  ];
}

/** Per-route tallies of one phase, and the requests it sent. */
export class Recorder {
  readonly tallies = new Map<string, RouteTally>();
  requests = 0;
  operations = 0;

  constructor(ops: Op[]) {
    for (const op of ops)
      this.tallies.set(op.route, {
        route: op.route,
        expected: op.expected,
        latencies: [],
        statuses: [],
        unacknowledged: 0,
      });
  }

  async run(op: Op): Promise<void> {
    const t0 = performance.now();
    // A refused connection or a timeout is status 0: no answer at all.
    const out = await op.run().catch((): Outcome => ({ status: 0, acknowledged: false, requests: 1 }));
    const tally = this.tallies.get(op.route)!;
    tally.latencies.push(performance.now() - t0);
    tally.statuses.push(out.status);
    if (out.status === op.expected && !out.acknowledged) tally.unacknowledged++;
    this.requests += out.requests;
    this.operations++;
  }
}

const pick = (ops: Op[]) =>
  ops[
    pickWeighted(
      ops.map((o) => o.weight),
      Math.random(),
    )
  ]!;

/** `connections` loops for `ms`; the operations per second they completed (the mix's capacity). */
export async function driveClosed(
  ops: Op[],
  rec: Recorder,
  connections: number,
  ms: number,
): Promise<number> {
  const end = performance.now() + ms;
  const t0 = performance.now();
  const already = rec.operations;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await rec.run(pick(ops));
    }),
  );
  return (rec.operations - already) / ((performance.now() - t0) / 1000);
}

/**
 * Starts `rate` operations a second for `ms`, whatever the answers; an operation due while
 * MAX_IN_FLIGHT are outstanding is skipped and counted (the server has fallen behind).
 * `onTick` runs about every `tickMs` (RSS and load samples).
 */
export async function driveOpen(
  ops: Op[],
  rec: Recorder,
  opts: { rate: number; ms: number; tickMs: number; onTick: () => void },
): Promise<{ skipped: number }> {
  const t0 = performance.now();
  const pending = new Set<Promise<void>>();
  let started = 0;
  let skipped = 0;
  let nextTick = opts.tickMs;
  for (let elapsed = 0; elapsed < opts.ms; elapsed = performance.now() - t0) {
    const due = Math.floor((elapsed / 1000) * opts.rate);
    for (; started < due; started++) {
      if (pending.size >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      const p: Promise<void> = rec.run(pick(ops)).finally(() => pending.delete(p));
      pending.add(p);
    }
    if (elapsed >= nextTick) {
      opts.onTick();
      nextTick += opts.tickMs;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(pending);
  return { skipped };
}

/**
 * The edge half of the ratio bench: the shipped Varnish configuration in front of the bench
 * server against nginx serving the gzip bytes that edge served, pre-compressed, page by page.
 * Both are driven by the same client, wrk where it is installed (scripts/bench/wrk.ts), else
 * autocannon: same connections, headers (gzip), keep-alive and duration. Skipped, with the
 * reason, where varnishd or nginx is missing.
 */
import { existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { GZIP, measure, probe } from "./load";
import { NGINX, startNginx, type Nginx } from "./nginx";
import type { EdgeRow, RatiosReport } from "./ratios";
import { startVarnish, VARNISHD, type Varnish } from "./varnish";
import { measureWrk, wrkInstalled } from "./wrk";

export type EdgePage = { name: string; slug: string; path: string; html: Buffer };

/** The edge's gzip answer for a page once it is stored there (asked a few times at most). */
async function storedAtEdge(base: string, p: string) {
  let res = await probe(`${base}${p}`, GZIP);
  for (let i = 0; i < 5 && res.headers["x-cache"] !== "HIT"; i++) res = await probe(`${base}${p}`, GZIP);
  if (res.status !== 200 || res.headers["content-encoding"] !== "gzip")
    throw new Error(
      `the edge answered ${p} with HTTP ${res.status}, encoding ${res.headers["content-encoding"] ?? "none"}`,
    );
  return res;
}

export async function measureEdge(opts: {
  appPort: number;
  edgePort: number;
  nginxPort: number;
  pages: EdgePage[];
  connections: number;
  seconds: number;
  workers: number;
}): Promise<RatiosReport["edge"]> {
  const missing = [VARNISHD, NGINX].filter((bin) => !existsSync(bin));
  if (missing.length)
    return {
      skipped: `${missing.join(" and ")} not installed (Debian: apt-get install varnish varnish-modules nginx)`,
    };
  // BENCH_EDGE_CLIENT=autocannon: autocannon even where wrk is installed (to compare the two).
  const useWrk = process.env.BENCH_EDGE_CLIENT !== "autocannon" && wrkInstalled();
  const drive = useWrk ? measureWrk : measure;
  const client = useWrk
    ? `wrk, ${opts.workers} thread${opts.workers === 1 ? "" : "s"}`
    : `autocannon, ${opts.workers} worker thread${opts.workers === 1 ? "" : "s"}`;
  let varnish: Varnish | null = null;
  let nginx: Nginx | null = null;
  try {
    varnish = await startVarnish({ port: opts.edgePort, appPort: opts.appPort, storage: "malloc,256m" });
    const gz = new Map<string, Buffer>();
    for (const page of opts.pages) {
      const res = await storedAtEdge(varnish.base, page.path);
      if (gunzipSync(res.body).length !== page.html.length)
        console.warn(`The edge's ${page.path} is not the bytes the app served (sizes differ).`);
      gz.set(page.slug, res.body);
    }
    const files: Record<string, Buffer> = {};
    for (const page of opts.pages) {
      files[`${page.slug}.html`] = page.html;
      files[`${page.slug}.html.gz`] = gz.get(page.slug)!;
    }
    nginx = await startNginx({ port: opts.nginxPort, files });
    const rows: EdgeRow[] = [];
    for (const page of opts.pages) {
      const bytes = gz.get(page.slug)!;
      const fromNginx = await probe(`${nginx.base}/${page.slug}.html`, GZIP);
      if (fromNginx.headers["content-encoding"] !== "gzip" || !fromNginx.body.equals(bytes))
        throw new Error(`nginx did not serve ${page.slug}.html.gz as stored (gzip_static)`);
      const edgeCache = (await storedAtEdge(varnish.base, page.path)).headers["x-cache"] ?? null;
      const common = {
        headers: GZIP,
        connections: opts.connections,
        seconds: opts.seconds,
        workers: opts.workers,
      };
      console.log(`Edge and nginx: ${page.path} (${bytes.length} bytes gzip)…`);
      const edge = await drive(`${varnish.base}${page.path}`, { ...common, serverPids: varnish.pids });
      const viaNginx = await drive(`${nginx.base}/${page.slug}.html`, {
        ...common,
        serverPids: nginx.pids,
      });
      rows.push({
        name: page.name,
        path: page.path,
        gzipBytes: bytes.length,
        edgeCache,
        edge,
        nginx: viaNginx,
      });
    }
    return { rows, client };
  } finally {
    await nginx?.stop();
    await varnish?.stop();
  }
}

/**
 * The edge cache that ships with the project (edge/varnish.vcl) on this machine: Debian's
 * varnishd (with the xkey vmod of varnish-modules) as a foreground child: the shipped main file as
 * it is, and its static backend include (edge/backend.vcl; docker-compose.yml mounts
 * edge/backend-dynamic.vcl there instead) pointed at an app on loopback. Used by the ratio bench
 * and by tests/e2e/global/edge-cache.spec.ts.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startForeground, type ForegroundServer } from "./proc";

export const VARNISHD = "/usr/sbin/varnishd";

/**
 * Shared-memory log records left out on top of Varnish's default mask: those a cache hit writes
 * most of and an operator rarely reads: every response header (about 25 a hit here, 1.8 KB with
 * the CSP), the response's protocol and reason, header removals, and each VCL sub's entry and
 * return. Requests (URL, method, request headers, client), status, hit/miss, timestamps, byte
 * counts and everything about backend fetches stay, so `varnishncsa` and `varnishlog -q` work as
 * before. Back on at run time: `varnishadm param.set vsl_mask +RespHeader,+VCL_call,+VCL_return`.
 */
export const VSL_MASK = "-RespHeader,-RespProtocol,-RespReason,-RespUnset,-ReqUnset,-VCL_call,-VCL_return";

/**
 * The varnishd parameters that ship with edge/varnish.vcl: passed here (the bench, the e2e test)
 * and by docker-compose.yml's edge service (its `command`; varnish.test.ts holds the two equal).
 */
export const VARNISHD_PARAMS = ["-p", `vsl_mask=${VSL_MASK}`];
const edgeDir = path.resolve(import.meta.dirname, "../../edge");

/**
 * edge/varnish.vcl as shipped, and edge/backend.vcl (the file it includes) with its port set to
 * `appPort` (throws if either no longer has the shape this relies on).
 */
export function vclFor(appPort: number): { main: string; backend: string } {
  const main = readFileSync(path.join(edgeDir, "varnish.vcl"), "utf8");
  if (!main.includes('include "./backend.vcl";'))
    throw new Error('edge/varnish.vcl no longer includes "./backend.vcl"');
  const backend = readFileSync(path.join(edgeDir, "backend.vcl"), "utf8").replace(
    '.port = "3000";',
    `.port = "${appPort}";`,
  );
  if (!backend.includes('.host = "127.0.0.1";') || !backend.includes(`.port = "${appPort}";`))
    throw new Error("edge/backend.vcl no longer names its backend as 127.0.0.1 port 3000");
  return { main, backend };
}

/** pids: varnishd's manager and every process below it (the cache child). */
export type Varnish = ForegroundServer;

/** Starts varnishd on 127.0.0.1:`port` in front of 127.0.0.1:`appPort` and waits until it answers. */
export async function startVarnish(opts: {
  port: number;
  appPort: number;
  storage?: string;
}): Promise<Varnish> {
  const workdir = mkdtempSync(path.join(tmpdir(), "pydotorg-edge-"));
  // varnishd reads the files after dropping to its own user (Debian's "varnish").
  chmodSync(workdir, 0o755);
  const vcl = vclFor(opts.appPort);
  writeFileSync(path.join(workdir, "default.vcl"), vcl.main, { mode: 0o644 });
  writeFileSync(path.join(workdir, "backend.vcl"), vcl.backend, { mode: 0o644 });
  return startForeground({
    name: "Varnish",
    command: VARNISHD,
    args: [
      "-F",
      "-n",
      path.join(workdir, "n"),
      "-a",
      `127.0.0.1:${opts.port}`,
      "-f",
      path.join(workdir, "default.vcl"),
      "-s",
      opts.storage ?? "malloc,64m",
      ...VARNISHD_PARAMS,
    ],
    dir: workdir,
    base: `http://127.0.0.1:${opts.port}`,
    readyPath: "/api/health/",
    tries: 60,
  });
}

/**
 * The edge cache that ships with the project (edge/varnish.vcl) on this machine: Debian's
 * varnishd (with the xkey vmod of varnish-modules) as a foreground child: the shipped main file as
 * it is, and its static backend include (edge/backend.vcl; docker-compose.yml mounts
 * edge/backend-dynamic.vcl there instead) pointed at an app on loopback. Used by the ratio bench
 * and by tests/e2e/global/edge-cache.spec.ts.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { processTree } from "./proc";

export const VARNISHD = "/usr/sbin/varnishd";
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

export type Varnish = {
  base: string;
  /** varnishd's manager and every process below it (the cache child). */
  pids: () => number[];
  stop: () => Promise<void>;
};

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
  const child = spawn(
    VARNISHD,
    [
      "-F",
      "-n",
      path.join(workdir, "n"),
      "-a",
      `127.0.0.1:${opts.port}`,
      "-f",
      path.join(workdir, "default.vcl"),
      "-s",
      opts.storage ?? "malloc,64m",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    rmSync(workdir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${opts.port}`;
  for (let i = 0; i < 60; i++) {
    const ok = await fetch(`${base}/api/health/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, pids: () => processTree(child.pid!), stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Varnish did not start:\n${output}`);
}

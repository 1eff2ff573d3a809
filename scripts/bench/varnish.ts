/**
 * The edge cache that ships with the project (edge/varnish.vcl) on this machine: Debian's
 * varnishd (with the xkey vmod of varnish-modules) as a foreground child, its backend rewritten
 * from the docker-compose service to an app on loopback. Used by the ratio bench and by
 * tests/e2e/global/edge-cache.spec.ts.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { processTree } from "./proc";

export const VARNISHD = "/usr/sbin/varnishd";
const shippedVcl = path.resolve(import.meta.dirname, "../../edge/varnish.vcl");

/** edge/varnish.vcl with its backend pointed at 127.0.0.1:`appPort` (throws if the rewrite missed). */
export function vclFor(appPort: number): string {
  const vcl = readFileSync(shippedVcl, "utf8")
    .replace('.host = "app";', '.host = "127.0.0.1";')
    .replace('.port = "3000";', `.port = "${appPort}";`);
  if (!vcl.includes('.host = "127.0.0.1";') || !vcl.includes(`.port = "${appPort}";`))
    throw new Error("edge/varnish.vcl no longer names its backend as `app` port 3000");
  return vcl;
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
  // varnishd reads the file after dropping to its own user (Debian's "varnish").
  chmodSync(workdir, 0o755);
  writeFileSync(path.join(workdir, "default.vcl"), vclFor(opts.appPort), { mode: 0o644 });
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

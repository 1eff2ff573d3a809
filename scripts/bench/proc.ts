/**
 * Linux process figures for the benches, read from /proc: a process tree, and the CPU time
 * (user + system, all threads) a set of processes has used. Where /proc is missing (not Linux)
 * the tree is the root alone and the CPU time 0.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { parseProcStatTicks } from "./ratios";

/** Child pids of `pid` (Linux: /proc/<pid>/task/<tid>/children), empty where /proc is missing. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** `root` and every process below it, breadth first. */
export function processTree(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    seen.push(pid);
    queue.push(...childrenOf(pid));
  }
  return seen;
}

/** The command line of `pid` as /proc gives it (NUL-separated), "" when gone. */
export function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

let clockTicks: number | null = null;

/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`, 100 on Linux). */
export function clockTicksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** utime + stime of each pid, in clock ticks, summed (a process that is gone counts 0). */
export function cpuTicks(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += parseProcStatTicks(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      // gone, or no /proc
    }
  }
  return total;
}

export type ForegroundServer = {
  base: string;
  /** The server's process and every process below it (workers, the cache child). */
  pids: () => number[];
  /** Ends it (SIGTERM, up to 10 s) and removes its working folder. */
  stop: () => Promise<void>;
};

/**
 * Runs a server in the foreground as a child of the bench (its output kept for the error) and
 * waits, up to `tries` times 250 ms, until `base + readyPath` answers 2xx. Its working folder
 * `dir` goes when it stops, or when it never answered.
 */
export async function startForeground(opts: {
  name: string;
  command: string;
  args: string[];
  dir: string;
  base: string;
  readyPath: string;
  tries: number;
}): Promise<ForegroundServer> {
  const child = spawn(opts.command, opts.args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    rmSync(opts.dir, { recursive: true, force: true });
  };
  for (let i = 0; i < opts.tries; i++) {
    const ok = await fetch(`${opts.base}${opts.readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base: opts.base, pids: () => processTree(child.pid!), stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${opts.name} did not start:\n${output}`);
}

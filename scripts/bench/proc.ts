/**
 * Linux process figures for the benches, read from /proc: a process tree, and the CPU time
 * (user + system, all threads) a set of processes has used. Where /proc is missing (not Linux)
 * the tree is the root alone and the CPU time 0.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Starts the built app with the given environment changes and collects its output until it exits. */
function startServer(env: Record<string, string | undefined>, port: number) {
  const next = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test("production start-up stops when AUTH_SECRET is missing, naming the variable", async () => {
  const server = startServer({ AUTH_SECRET: "" }, 3191);
  const code = await Promise.race([
    server.exited,
    new Promise<"running">((r) => setTimeout(() => r("running"), 20_000)),
  ]);
  if (code === "running") server.child.kill();
  expect(code).toBe(1);
  expect(server.output()).toContain("AUTH_SECRET: required in production");
});

test("production start-up stops when AUTH_SECRET is weak", async () => {
  const server = startServer({ AUTH_SECRET: "changeme" }, 3192);
  const code = await Promise.race([
    server.exited,
    new Promise<"running">((r) => setTimeout(() => r("running"), 20_000)),
  ]);
  if (code === "running") server.child.kill();
  expect(code).toBe(1);
  expect(server.output()).toContain("AUTH_SECRET: too weak");
});

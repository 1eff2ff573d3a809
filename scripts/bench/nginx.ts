/**
 * Debian's nginx as the ratio bench's reference for serving a file: a temporary configuration
 * (one server on 127.0.0.1:`port`, `gzip_static on`, no access log), run in the foreground as a
 * child of the bench and stopped after. The files it serves are given as name → bytes; each
 * `name.gz` beside `name` is what a gzip client gets, unchanged.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { startForeground, type ForegroundServer } from "./proc";

export const NGINX = "/usr/sbin/nginx";

/** pids: the master and its workers. */
export type Nginx = ForegroundServer;

function config(dir: string, port: number): string {
  return `daemon off;
master_process on;
worker_processes ${cpus().length};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/root;
    gzip_static on;
    location / { }
  }
}
`;
}

/** Starts nginx serving `files` (path under the root → bytes) and waits until it answers. */
export async function startNginx(opts: { port: number; files: Record<string, Buffer> }): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), "pydotorg-nginx-"));
  // The workers run as nginx's unprivileged user when the master is root: they must read the root.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "root"), { mode: 0o755 });
  mkdirSync(path.join(dir, "tmp"));
  for (const [name, bytes] of Object.entries(opts.files))
    writeFileSync(path.join(dir, "root", name), bytes, { mode: 0o644 });
  writeFileSync(path.join(dir, "nginx.conf"), config(dir, opts.port));
  return startForeground({
    name: "nginx",
    command: NGINX,
    args: ["-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`],
    dir,
    base: `http://127.0.0.1:${opts.port}`,
    readyPath: `/${Object.keys(opts.files)[0] ?? ""}`,
    tries: 40,
  });
}

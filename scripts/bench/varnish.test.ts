import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VARNISHD_PARAMS, vclFor } from "./varnish";

const root = path.resolve(import.meta.dirname, "../..");

describe("the shipped edge", () => {
  it("runs with the same varnishd parameters in docker-compose.yml as in the bench and the e2e test", () => {
    const compose = readFileSync(path.join(root, "docker-compose.yml"), "utf8");
    const edge = compose.slice(compose.indexOf("\n  edge:\n"));
    const command = /^ {4}command: (\[.*\])$/m.exec(edge.slice(0, edge.indexOf("\n\n")));
    expect(command, "docker-compose.yml's edge service has a one-line command").not.toBeNull();
    expect(JSON.parse(command![1]!)).toEqual(VARNISHD_PARAMS);
  });

  it("stores Surrogate-Key once, as xkey, and strips xkey from every response", () => {
    const { main } = vclFor(3000);
    const backendResponse = main.slice(
      main.indexOf("sub vcl_backend_response"),
      main.indexOf("sub vcl_deliver"),
    );
    expect(backendResponse).toContain("set beresp.http.xkey = beresp.http.Surrogate-Key;");
    expect(backendResponse).toContain("unset beresp.http.Surrogate-Key;");
    expect(main.slice(main.indexOf("sub vcl_deliver"))).toContain("unset resp.http.xkey;");
  });
});

# The edge cache that ships with pydotorg-next (issue #22): Varnish in front of the app, for
# self-hosting. It keeps what the app marks cacheable (Cache-Control s-maxage, as a CDN would),
# stores text gzipped once and serves it pre-compressed, and is emptied by the same Surrogate-Key
# purges the app sends Fastly: set EDGE_PURGE_URL to this cache (docs/operations.md).
# Needs the xkey vmod (varnish-modules: in the official image, and Debian's varnish-modules); the
# compose backend also needs vmod_dynamic (in the official image since 7.1, not in Debian).
vcl 4.1;

import xkey;

# Where the app is: edge/backend.vcl beside this file, one static backend (an app on this host's
# port 3000; a Debian host or the e2e test, tests/e2e/global/edge-cache.spec.ts, which writes its
# own with the test server's port). docker-compose.yml mounts edge/backend-dynamic.vcl in its place:
# a dynamic director over every address of the scaled `app` service (docs/operations.md, "Docker").
include "./backend.vcl";

# Who may purge: the app, from loopback or a private network. Anyone else gets 403.
acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    # By key: `xkey-purge: downloads pydotorg-app` (soft: marked stale, refetched on next use).
    if (req.http.xkey-purge) {
      if (req.http.xkey-soft) {
        set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
      } else {
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
      }
      return (synth(200, "Purged " + req.http.x-purged));
    }
    # By URL: the object stored for this path.
    return (purge);
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Per-visitor sections and sign-in state never come from the cache.
  if (req.url ~ "^/(admin|accounts|users|sponsors/application|api/(auth|session|me|inngest))(/|\?|$)") {
    return (pass);
  }
  # A signed-in visitor (next-auth's session cookie) or an API client with credentials.
  if (req.http.Cookie ~ "next-auth\.session-token" || req.http.Authorization) {
    return (pass);
  }
  # The app's warm-up after a purge (lib/platform/cdn/warm.ts): fetch from the app and replace
  # the stored copy, even one a visitor stored between the purge and the warm-up.
  if (req.http.x-cache-warm) {
    if (client.ip ~ purgers) {
      set req.hash_always_miss = true;
    }
    unset req.http.x-cache-warm;
  }
  # Other cookies (the CSRF cookie of a sign-in form, analytics) do not change a public page.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_hash {
  # One site: the path and query are the key (a purge by URL needs no Host to match).
  hash_data(req.url);
  return (lookup);
}

sub vcl_backend_response {
  # The app names each response's keys in Surrogate-Key (as for Fastly); xkey indexes them.
  # xkey reads its keys from the stored object's xkey header, so that one is stored (and removed
  # per response in vcl_deliver); Surrogate-Key is not stored twice.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    unset beresp.http.Surrogate-Key;
  }
  # Never stored: a response setting a cookie, or one the app marks private or not to be stored
  # (`no-store`: the APIs, /api/health/, pages rendered per request), unless Surrogate-Control
  # speaks for the edge, as it does for Fastly. Varnish's built-in rules say the same, but this sub
  # returns before them. Remembered for 2 minutes as "fetch, do not wait for another request".
  if (beresp.http.Set-Cookie || beresp.ttl <= 0s ||
      beresp.http.Surrogate-Control ~ "(?i)no-store" ||
      (!beresp.http.Surrogate-Control && beresp.http.Cache-Control ~ "(?i)(no-cache|no-store|private)")) {
    set beresp.ttl = 120s;
    set beresp.uncacheable = true;
    unset beresp.http.Surrogate-Control;
    return (deliver);
  }
  # Read above; removed when stored rather than on every hit.
  unset beresp.http.Surrogate-Control;
  # Compressed once when stored, not per request; clients without gzip get it inflated.
  if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image/svg\+xml)") {
    set beresp.do_gzip = true;
  }
  # If the app is down, keep serving what is stored for a day (stale-if-error).
  set beresp.keep = 1d;
  return (deliver);
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Edge-only headers stay at the edge, as Fastly strips them (Surrogate-Key and Surrogate-Control
  # are not stored: vcl_backend_response removes them).
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

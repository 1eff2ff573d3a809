# The app as every container of the compose `app` service, however many run
# (`docker compose --profile app up -d --scale app=3`). docker-compose.yml mounts this file as
# /etc/varnish/backend.vcl, where edge/varnish.vcl includes it. A static backend cannot do this:
# Varnish refuses a backend host name that resolves to several addresses, and resolves it once.
# vmod_dynamic (libvmod-dynamic, in the official varnish image since 7.1; not in Debian) looks the
# name up again every 5 s and sends requests round robin over the addresses it finds, each one a
# backend of its own with its own probe.
import dynamic;

# Liveness, not readiness: /_health/ answers while the process runs and touches nothing else.
# /api/health/ would answer 503 on every instance at once when the shared PostgreSQL or Redis is
# down, and the edge would then answer its own 503 to every miss instead of the app's cached pages
# and its 503 with Retry-After. An instance is healthy while two of its last three probes passed
# (two failures in a row, about 4 s, take it out); a new address starts healthy (initial =
# threshold), so a new container gets requests from the lookup that finds it.
probe app_alive {
  .url = "/_health/";
  .interval = 2s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

# VCL wants a backend declared; this one never receives a request (vcl_backend_fetch below).
backend default none;

sub vcl_init {
  new app = dynamic.director(
    port = "3000",
    probe = app_alive,
    ttl = 5s,
    connect_timeout = 2s,
    first_byte_timeout = 30s);
}

sub vcl_backend_fetch {
  set bereq.backend = app.backend("app");
}

# A container that stopped between two probes or lookups refuses the connection: a read is asked
# once more, of the next address. Writes are not repeated.
sub vcl_backend_error {
  if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
}

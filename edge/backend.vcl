# The app as one static backend, included by edge/varnish.vcl (`include "./backend.vcl"`): an app
# on this host's port 3000 (`npm start`, or a container published there). Change the address for
# an app elsewhere, for example `host.docker.internal` for an app on the Docker host. Debian's
# Varnish runs this as it is (apt-get install varnish varnish-modules); so does
# tests/e2e/global/edge-cache.spec.ts, with the test server's port.
# docker-compose.yml mounts edge/backend-dynamic.vcl here instead, for any number of app containers.
backend app {
  .host = "127.0.0.1";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
}

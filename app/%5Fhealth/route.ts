// GET /_health/ — liveness: the process answers (pydotorg/views.py health). The folder is
// "%5Fhealth" because Next treats folders starting with "_" as private. Dependency checks are
// /api/health's job (readiness); this one touches nothing so a busy database never fails it.
export function GET() {
  return new Response("OK", {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

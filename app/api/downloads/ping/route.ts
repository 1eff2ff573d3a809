import { route, withApi } from "@/lib/api";
import { recordDownload } from "@/lib/downloads/stats/mutations";
import { downloadStatsOperations } from "@/lib/downloads/api/stats/schema";

// POST /api/downloads/ping/?url=<file URL> — count one download (hyperlink auditing ping)
const POST_ = withApi(downloadStatsOperations.ping, async ({ query }) => {
  await recordDownload(query.url);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ POST: POST_ });

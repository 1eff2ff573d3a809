import { route, withApi } from "@/lib/api";
import { deleteReleaseFilesOf } from "@/lib/downloads/release-file/mutations";
import { releaseFileOperations } from "@/lib/downloads/api/v2/release-file/schema";

// DELETE /api/v2/downloads/release_file/delete_by_release/?release=<pk> — every file of a release (staff)
const DELETE_ = withApi(releaseFileOperations.deleteByRelease, async ({ query }) => {
  await deleteReleaseFilesOf(query.release);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ DELETE: DELETE_ }, "drf");

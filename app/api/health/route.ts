import { connection } from "next/server";
import { checkHealth } from "@/lib/platform/health";

// GET /api/health — each dependency's state; 200 only when every required one is up.
export async function GET() {
  await connection();
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}

import "server-only";
import { db } from "@/lib/platform/db";

export async function isDigestSubscribed(userId: number): Promise<boolean> {
  return (await db.eventDigestSubscription.count({ where: { userId } })) > 0;
}
